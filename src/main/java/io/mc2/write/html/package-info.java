/**
 * The HTML writer: {@link io.mc2.write.html.HtmlContractWriter}.
 *
 * <p>Input: a {@code Contract}. Output: one self-contained UTF-8 HTML5 page with inline CSS, no
 * scripts and no external resources; print styles start the contents and signatures on new pages.
 *
 * <p>Supports: everything the Word draft shows except running header/footer page numbers: cover,
 * key-terms table, linked contents, definitions, numbered articles, clauses (sections whose id is
 * the clause id, with {@code data-variant}), sub-clauses, items, cross-reference links, values as
 * {@code <span class="value" data-parameter>}, signature lines. All text is HTML-escaped.
 *
 * <p>Not supported: provenance metadata (use the Word draft for round trips).
 */
package io.mc2.write.html;
