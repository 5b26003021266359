/**
 * Gap report writers: JSON ({@code mc2.gap/1}, with a shipped JSON Schema), Markdown, a
 * self-contained HTML page, and (in {@code report.docx}) a Word report a lawyer can forward.
 *
 * <p>Input: a {@link io.mc2.gap.GapReport}. Output: bytes in one format. Supports: summary,
 * clauses needing attention, parameters against positions, findings, word-level diffs, comments.
 */
package io.mc2.report;
