package io.mc2.compare;

/**
 * How to compare.
 *
 * @param author     author of the tracked changes written
 * @param date       their date as ISO-8601 text, or null to write none (the output then depends on
 *                   the inputs alone)
 * @param moves      detect moved paragraphs and write them as moves
 * @param formatting also record run formatting changes of unchanged text (w:rPrChange)
 */
public record CompareOptions(String author, String date, boolean moves, boolean formatting) {

    public CompareOptions {
        if (author == null || author.isBlank()) throw new IllegalArgumentException("author must not be blank");
    }

    /** Author "mc2", no date, moves detected, no formatting changes. */
    public static CompareOptions defaults() {
        return new CompareOptions("mc2", null, true, false);
    }

    public CompareOptions withAuthor(String a) {
        return new CompareOptions(a, date, moves, formatting);
    }

    public CompareOptions withDate(String d) {
        return new CompareOptions(author, d, moves, formatting);
    }

    public CompareOptions withFormatting(boolean f) {
        return new CompareOptions(author, date, moves, f);
    }

    public CompareOptions withMoves(boolean m) {
        return new CompareOptions(author, date, m, formatting);
    }
}
