/**
 * The Word writer: {@link io.mc2.write.docx.DocxContractWriter} renders a contract with docx4j and
 * {@link io.mc2.write.docx.PackageArchive} saves any docx4j package deterministically. The only
 * writer package that imports docx4j. {@link io.mc2.write.docx.DraftParagraphs} gives the body
 * paragraphs of the same draft as a reader sees them, from the same docx4j objects but without
 * saving, so that {@code mc2 gap} never waits for docx4j's JAXB start-up.
 *
 * <p>Input: a {@code Contract}. Output: a .docx (US Letter, 1-inch margins, Times New Roman).
 *
 * <p>Supports: title and cover lines, preamble, key-terms schedule table (header row repeats, clause
 * numbers as REF fields), TOC field with a pre-rendered result and {@code updateFields} on open,
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
 * <p>Not supported yet: tables, footnotes or bold/italic runs inside clause text; A4 paper; a
 * different first-page header; definitions anchored for redline alignment.
 */
package io.mc2.write.docx;
