/**
 * The supplier-redline model and its reader's entry point.
 *
 * <p><b>Input:</b> a .docx returned by a supplier with tracked changes (Word, LibreOffice, Google
 * Docs), treated as untrusted: {@link io.mc2.redline.RedlineReader#read(java.nio.file.Path, io.mc2.docx.ReadLimits)}.
 * <b>Output:</b> a {@link io.mc2.redline.RedlineDocument}: body paragraphs in reading order (table
 * cells flattened, each with its {@link io.mc2.redline.TableCell}), headers, footers, footnotes and
 * endnotes kept apart, every {@link io.mc2.redline.Revision} and {@link io.mc2.redline.Comment},
 * custom and core document properties, external relationships (reported, never fetched), and the
 * text in three {@link io.mc2.redline.View}s. It knows nothing of the contract model.
 *
 * <p><b>Supported:</b>
 * <ul>
 * <li>w:ins, w:del (w:delText, w:delInstrText), w:moveFrom / w:moveTo with or without range markers,
 *     nested changes (a deletion inside a move, an insertion inside a moved-away range);</li>
 * <li>inserted and deleted paragraph marks: {@link io.mc2.redline.RedlineDocument#paragraphs(io.mc2.redline.View)}
 *     splits and joins paragraphs as accepting or rejecting does in Word, never across table cells;</li>
 * <li>table row insertions and deletions (w:trPr), cell insertions and deletions (w:cellIns, w:cellDel),
 *     nested tables, row- and cell-level content controls;</li>
 * <li>run, paragraph, section, table, row and cell property changes, reported as "formatting";</li>
 * <li>content controls (tags collected outermost first), hyperlinks, smart tags, custom XML, bidi
 *     wrappers, simple and complex fields (the result is shown, never the instruction, nested fields
 *     included), w:tab, w:br, w:cr, w:sym, non-breaking hyphens, mc:AlternateContent (Fallback);</li>
 * <li>comments with anchors in both views, multi-paragraph comments, replies (commentsExtended
 *     w15:paraIdParent; a reply without its own range is about its parent's text), resolved state
 *     (w15:done), missing or placeholder dates as null, authors as written;</li>
 * <li>style ids and names, numbering from the paragraph or its style chain, and the number label Word
 *     shows ("3.2", "(a)", roman, letters, legal numbering, start overrides) in each view;</li>
 * <li>bookmarks, Word paragraph ids, docProps/custom.xml and docProps/core.xml;</li>
 * <li>safety: no DTDs or external entities (a DOCTYPE is refused), nesting depth bound, zip entry
 *     count, part size, total size and compression ratio counted while inflating; encrypted, legacy
 *     .doc, macro-enabled, non-zip, empty and truncated files refused with their own message (exit 4);</li>
 * <li>text boxes of the body (w:txbxContent, in DrawingML or VML, read once where both are written),
 *     each a {@link io.mc2.redline.TextBox} with its anchor paragraph and tracked changes, kept apart
 *     from the body's paragraphs;</li>
 * <li>equations (OMML, m:oMath): their text in reading order, tracked changes inside them.</li>
 * </ul>
 *
 * <p><b>Partly supported:</b> numbering labels ignore w:lvlRestart, w:lvlOverride/w:lvl redefinitions and
 * numbering changes recorded in w:pPrChange (the original view numbers with the current properties);
 * labels are computed for the body only; header and footer parts are read in part-name order, not per
 * section; the merged paragraph of a join keeps the properties of the paragraph its text starts in;
 * w:sym reads as its character: the Symbol font's glyphs as Unicode, other symbol fonts' as their own
 * private-use code points (distinct, but not readable as text).
 *
 * <p><b>Not supported yet:</b> text boxes in headers, footers and notes, a text box inside a text
 * box; text in other shapes and drawings; an equation's structure (a fraction reads as its
 * numerator then its denominator); embedded
 * documents (w:altChunk, w:subDoc); hidden text is not distinguished; comments-extensible dates
 * (w16cex:dateUtc); strict-OOXML relationship types beyond the main document namespace.
 */
package io.mc2.redline;
