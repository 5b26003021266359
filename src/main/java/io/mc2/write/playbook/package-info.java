/**
 * Writers for a {@link io.mc2.playbook.Playbook}: the negotiator's brief ({@code mc2 brief}) and the
 * published profile summary ({@code mc2 profile publish}) in Word ({@link
 * io.mc2.write.playbook.DocxPlaybookWriter}, the only class here that imports docx4j), Markdown and HTML.
 *
 * <p>Input: a {@code Playbook}. Output: bytes on a stream (the caller makes the file write atomic);
 * the same playbook gives the same bytes (no dates, fixed zip entry times).
 *
 * <p>Supports: a running header on every page (for a brief the confidentiality notice, also printed
 * in a box under the title), "Page X of Y" footer, numbered topic and clause headings as in the
 * draft, a parameter table per clause (sent, preferred, fallback, walk-away) with a repeating header
 * row, guidance (brief) or the wording sent with its sub-clause and item numbers (summary).
 * Partly supported: Markdown has no pages, so the notice is printed at its top and bottom; HTML
 * repeats it on every printed page only in browsers that repeat fixed elements when printing.
 * Not supported yet: A4 paper, a table of contents.
 */
package io.mc2.write.playbook;
