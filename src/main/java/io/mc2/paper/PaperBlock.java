package io.mc2.paper;

/**
 * One paragraph of a supplier's paper as its reader found it, whatever the format.
 *
 * @param number  the number the word processor shows before it (Word numbering), or null; numbers typed
 *                into the text stay in {@code text}
 * @param heading whether the document marks it as a heading (a heading style)
 * @param table   the table it sits in (from 1, in reading order), 0 outside tables
 * @param row     its row within that table
 * @param column  its column within that row
 */
record PaperBlock(String text, String number, boolean heading, int table, int row, int column) {

    /** A paragraph outside tables. */
    static PaperBlock paragraph(String text, String number, boolean heading) {
        return new PaperBlock(text, number, heading, 0, 0, 0);
    }

    boolean inTable() {
        return table > 0;
    }
}
