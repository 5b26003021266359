package io.mc2.redline;

/**
 * One tracked change as Word records it (one {@code w:ins}, {@code w:del}, property change, row
 * change ... element).
 *
 * @param type      insertion, deletion, move-from, move-to, paragraph-insertion, paragraph-deletion,
 *                  paragraph-move-from, paragraph-move-to, formatting, table-row-insertion,
 *                  table-row-deletion, table-cell-insertion, table-cell-deletion, table-cell-merge
 * @param author    as written, or null
 * @param date      ISO-8601 as written, or null when the document has none
 * @param text      the text the change covers (cells of a row joined by " | "); empty for marks
 * @param paragraph index of the paragraph in its part's list ({@link RedlineDocument#body()} for the body)
 * @param part      body, header, footer, footnotes, endnotes or comments
 */
public record Revision(String type, String author, String date, String text, int paragraph, String part) {
}
