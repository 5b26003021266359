/**
 * {@code mc2 review}: a supplier's own paper (a "Product Security Addendum" in .docx or PDF, not a redline of
 * our draft) mapped onto the clause library and rated against a profile, deterministically and offline. Entry
 * point: {@link io.mc2.paper.PaperReview#review(java.nio.file.Path, io.mc2.gap.GapReport.DraftInfo)}.
 *
 * <p><b>Input:</b> the paper's bytes; the library, the resolved profile and the contract we would send (its
 * rendered clauses); {@code clauses/synonyms.yaml} (synonym groups, stop words, the phrases that put a duty on
 * the customer or the manufacturer). <b>Output:</b> an {@code mc2.gap/1} {@link io.mc2.gap.GapReport}: every
 * clause of the profile as the paper offers it ({@code change: offered}, with the paper's clause numbers in
 * {@code paper}, the mapping score and the words that decided it as a {@code paper-mapping} finding) or
 * {@code missing} (verdict {@code missing-required} / {@code missing-optional} as the profile marks it), then the
 * paper's clauses that address none of ours as {@code novel} with the language rules that fire on them; and
 * the paper's clauses with what each maps to.
 *
 * <p><b>Supported:</b>
 * <ul>
 * <li>.docx through the one package reader and the redline reader (every check and limit of a redline);
 *     PDF through Apache PDFBox (only {@code PdfPaper} imports it) within {@link io.mc2.paper.PaperLimits}: file
 *     size, pages, extracted characters, wall time; encrypted, image-only (no text layer), damaged and truncated
 *     PDFs refused with one line naming the file (exit 4);</li>
 * <li>segmentation: typed clause numbers ("4.", "4.2", "Article 4", "Section 4.2:"), Word numbering, heading
 *     styles, run-in headings ("Security Updates. Supplier shall ..."), each row of a table of commitments
 *     (number, title and text cells; a header row of short cells skipped); the title and recitals before the
 *     first heading are not clauses; an article heading gives its sub-clauses context; running headers, footers
 *     and page numbers of a PDF are dropped;</li>
 * <li>mapping sentence by sentence by TF-IDF cosine over stems, synonym concepts, value kinds ({@code #days},
 *     {@code #money}, read with gap's value patterns) and the party a duty binds, against each clause's title,
 *     our text, every variant, its defined terms and guidance, and against each of its paragraphs; a mapping needs
 *     a shared lexicon phrase; one supplier clause may address several library clauses and the reverse;</li>
 * <li>rating by {@link io.mc2.gap.OfferRating}: gap's value recovery, unit reading, language rules and position
 *     rating (no second rater).</li>
 * </ul>
 *
 * <p><b>Partly supported:</b> bold run-in headings are found by their wording (a short title-case phrase ending in
 * a full stop), not by their bold; a PDF's paragraphs are rebuilt from lines (a new one at a numbered line or
 * after a heading line), so tables in a PDF read as lines; a value is read where the clause has one parameter of
 * its unit and the supplier's sentences one value of it, so several notice periods in months stay unread
 * ({@code value-not-stated}); a library clause the paper addresses under several clauses gets their sentences
 * together.
 *
 * <p><b>Not supported yet:</b> scanned PDFs (no OCR); text boxes and shapes; a paper's own definitions are
 * recognised by their heading and not mapped or compared with ours; wording far from every phrase of the lexicon
 * stays unmapped (novel) until the lexicon has it.
 */
package io.mc2.paper;
