/**
 * The Word writer: {@link io.mc2.write.docx.DocxContractWriter} builds a contract as docx4j's
 * WordprocessingML objects and writes the package itself, serialising those objects with
 * {@link io.mc2.write.docx.AnnotatedXml} instead of docx4j's JAXB contexts, whose start-up (about a
 * second of one core) would dominate a cold {@code mc2 draft}; a test holds every part equal to what
 * JAXB writes from the same objects made into a docx4j package (AnnotatedXmlTest).
 * {@link io.mc2.write.docx.PackageArchive} saves any docx4j package deterministically (the playbook
 * and report writers use it). {@link io.mc2.write.docx.DraftParagraphs} gives the body paragraphs of
 * a draft as a reader sees them, from the same objects, for {@code mc2 gap}. The only writer
 * package that imports docx4j.
 *
 * <p>Input: a {@code Contract}. Output: a .docx in a {@link io.mc2.write.docx.HouseStyle}: by default US
 * Letter, 1-inch margins, Times New Roman; or the look of a reference document (its styles, page and
 * letterhead, read by {@link io.mc2.write.docx.ReferenceDocument} through {@code io.mc2.docx}), which the
 * brief, the Word report and the cover note share ({@link io.mc2.write.docx.Letterheads} applies it).
 *
 * <p>Supports: title and cover lines, preamble, key-terms schedule table (header row repeats, clause
 * numbers as REF fields), TOC field with a pre-rendered result (linked entries, no page numbers; no
 * prompt to update fields on opening),
 * definitions article, one multilevel list for articles (1.), clauses (1.1), sub-clauses (1.1.1) and
 * items ((a)), cross-references as {@code REF <bookmark> \w \h} fields, parameter values in the
 * character style "mc2 Value", header text, "Page X of Y" footer, two-column signature block, clause
 * anchors (block content control tagged with the clause id, heading bookmark, custom property
 * {@code mc2.clause.<id>} = {@code variant;textHash;number}), provenance as custom properties,
 * fixed core-property dates and zip entry times.
 *
 * <p>Partly supported: the pre-rendered TOC has no page numbers until Word (or the user) updates
 * fields; numbers must be sequential (1, 2, 3 … and n.1, n.2 …), anything else is rejected as an
 * internal error because one Word list cannot show it. Word keeps custom property values up to 255
 * characters; longer provenance values may be truncated if Word re-saves the draft.
 *
 * <p>Not supported yet: tables, footnotes or bold/italic runs inside clause text; a
 * different first-page header (only the reference's default header and footer are taken); fields in a
 * reference header are copied as they are; definitions anchored for redline alignment.
 */
package io.mc2.write.docx;
