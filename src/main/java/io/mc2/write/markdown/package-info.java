/**
 * The Markdown writer: {@link io.mc2.write.markdown.MarkdownContractWriter}.
 *
 * <p>Input: a {@code Contract}. Output: CommonMark with GitHub-style pipe tables, UTF-8.
 *
 * <p>Supports: title, cover lines, preamble, key-terms table, linked contents, definitions,
 * {@code ## n. Article} and {@code ### n.m Clause} headings with {@code <a id>} anchors named after
 * clause ids, sub-clauses ("2.1.1") and items ("(a)") as labelled paragraphs, cross-references as
 * links, signature lines; every piece of contract text is backslash-escaped.
 *
 * <p>Partly supported: sub-clause and item indentation is not shown (Markdown has no indented
 * paragraphs without turning them into code). Not supported: provenance and clause anchors beyond
 * the HTML ids (use the Word draft for round trips).
 */
package io.mc2.write.markdown;
