/**
 * Compares two .docx files and writes the differences as tracked changes:
 * {@link io.mc2.compare.DocxComparer#compare(java.nio.file.Path, java.nio.file.Path, io.mc2.compare.CompareOptions)}.
 * Also holds the WordprocessingML DOM tools the tracked-changes writers share (package bytes,
 * paragraph text maps, change writing, accept/reject), used by {@code io.mc2.respond}.
 *
 * <p>Input: two untrusted .docx files A and B (bounded reading, no DTDs, no macros; unusable files
 * end in exit code 4 with the redline reader's explanation). Output: a copy of A's package in which
 * only word/document.xml (and the notes, header, footer and comments parts that changed) is rewritten, plus the list
 * of changes written.
 *
 * <p>Supported: word-level insertions and deletions in paired paragraphs (A's run formatting kept,
 * inserted text takes B's); whole inserted and deleted paragraphs with their paragraph marks;
 * tables row by row (inserted/deleted rows as w:trPr changes) and cell by cell; paragraphs moved
 * with identical text (20 characters or more) as w:moveFrom/w:moveTo, one named range per paragraph
 * (moveFromRangeStart/End inside it) and the mark's change in w:pPr/w:rPr, a form LibreOffice 7.4
 * accepts and rejects cleanly (MoveInteropTest: clauses, single paragraphs, beside an inserted
 * clause, to the front, in content controls); run
 * formatting of unchanged text as w:rPrChange (option); inputs with tracked changes compared as
 * accepted (with a note). A body paragraph nothing changed is written back exactly as it came
 * (attribute order, escapes, rsids, proofing marks), here and in {@code respond}'s counter-redlines
 * (VerbatimParagraphs), held at 100 % by tests. Round trip: accepting all gives B's paragraphs, rejecting all A's, as the
 * redline reader reads them (property-tested).
 *
 * <p>Partly supported: moves of near-identical text, moves ending a table cell or standing before a
 * table, and moves within a table cell (cells are compared without looking for moves) are written
 * as deletion + insertion; paragraph-property changes (style, numbering) are not
 * recorded (A's kept for paired paragraphs, B's taken for inserted ones, numbering ids assumed to
 * match); hyperlink targets, note and comment references and bookmarks in inserted content are
 * dropped (their text kept); pictures are carried with their media part, relationship and content
 * type, and a paragraph whose pictures changed is deleted and B's inserted (a picture is changed
 * only as a whole); a run of only deleted (or only inserted) paragraphs between two tables cannot
 * be written so that both views lose the paragraph and leaves one empty paragraph.
 * LibreOffice 7.4 loses tracked changes in the first paragraph of a block content control (w:sdt)
 * when opening a file: a clause heading deleted or moved away survived its accept-all glued to the
 * next paragraph. So paragraphs leading a control that are inserted, deleted or moved as a whole are
 * written just before it (ContentControlEdges; a control left empty is removed); a word-level change
 * in a control's first paragraph (an edited clause heading) is still written inside it, and there
 * LibreOffice's reject-all joins the heading to the next paragraph. An inserted or moved-to
 * paragraph would keep B's style id even where A's styles lack it (LibreOffice re-saves a draft's
 * {@code mc2Body} as {@code Mc2Body}), and LibreOffice's reject-all then left an empty paragraph
 * there, or on a draft joined the clause heading after it to its body: so B's ids A lacks are
 * renamed to A's id of the style with the same name, or dropped (StyleIds).
 *
 * <p>Footnotes and endnotes are compared note by note, headers and footers part by part
 * (StoryComparison), when A and B hold the same notes (parts); notes or parts added or removed are
 * not compared.
 *
 * <p>Text boxes of the body (w:txbxContent, in body paragraphs and table cells, tables inside them
 * included) are compared after the body (TextBoxComparison): paired by anchor paragraph (the
 * output's paragraphs as accepted stand one for one for B's; within one, boxes are aligned by text),
 * an edited box gets tracked changes inside it, a box only A has is deleted and one only B has
 * inserted (anchor run and content both marked); a box drawn twice (DrawingML mc:Choice, VML
 * mc:Fallback) ends with the same changes in both copies. Paragraphs the body comparison deletes or
 * inserts whole carry their boxes. Partly: an inserted box keeps its place among A's boxes of the
 * paragraph, not within its text; boxes inside boxes are not compared on their own; moves inside a
 * box are deletion + insertion; tracked paragraph-mark changes already inside an input's box are
 * accepted without joining the paragraphs. Whatever the output, accepted, still shows otherwise than
 * B's boxes (e.g. when the accepted paragraphs do not pair one for one, or a group shape's several
 * boxes) stays listed in {@code uncompared}. LibreOffice 7.4 leaves a zero-width space on each side
 * of a box's anchor when it accepts or rejects a tracked change around it, and keeps an empty
 * paragraph where a paragraph deleted or moved away whole held a box (a box deleted from a kept
 * paragraph leaves none).
 *
 * <p>Comments: B's comments that A lacks (author and text) are carried into the output on the same
 * words (CommentCarrying); A's are kept; A's that B lacks and B's that cannot be placed (anchored
 * outside the body, or where the output reads differently) are listed in {@code uncompared}.
 * Replies are carried without their thread.
 *
 * <p>Not supported yet: text boxes in headers, footers and notes (neither compared nor read for {@code uncompared}: a
 * difference there goes unreported); inside an equation
 * (an equation that differs is changed as a whole: its paragraph deleted and B's inserted); changes inside fields' instructions; table structure changes other than
 * whole rows (cells added to a row make the row deleted and inserted).
 */
package io.mc2.compare;
