package io.mc2.compare;

/**
 * One change the comparison wrote.
 *
 * @param type      insertion, deletion (words inside a paragraph), paragraph-insertion,
 *                  paragraph-deletion, move, row-insertion, row-deletion, or formatting
 * @param text      the text inserted, deleted, moved or reformatted
 * @param paragraph index of the paragraph in the output's body (as {@code RedlineDocument.body()}
 *                  reads it); for a move the paragraph it moved to
 */
public record CompareChange(String type, String text, int paragraph) {

    /** Whether the change counts as an insertion in the summary. */
    public boolean insertion() {
        return type.equals("insertion") || type.equals("paragraph-insertion") || type.equals("row-insertion");
    }

    /** Whether the change counts as a deletion in the summary. */
    public boolean deletion() {
        return type.equals("deletion") || type.equals("paragraph-deletion") || type.equals("row-deletion");
    }
}
