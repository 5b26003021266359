/**
 * Gap report writers: JSON ({@code mc2.gap/1}, with a shipped JSON Schema), Markdown, a
 * self-contained HTML page, and (in {@code report.docx}) a Word report a lawyer can forward.
 *
 * <p>Also {@code txt}: the email summary ({@link io.mc2.report.TextSummaryWriter}), written from an
 * {@link io.mc2.report.EmailSummary} that holds no positions or guidance, since a user may send it.
 *
 * <p>Input: a {@link io.mc2.gap.GapReport}. Output: bytes in one format. Supports: summary,
 * clauses needing attention, parameters against positions, findings, word-level diffs, comments.
 *
 * <p>Also the portfolio matrix of a batch ({@link io.mc2.gap.GapMatrix}: documents × clauses):
 * CSV, {@code mc2.gap-matrix/1} JSON, a self-contained HTML heat map and an Excel workbook
 * ({@link io.mc2.report.MatrixXlsxWriter}, through fastexcel). Not supported yet: a
 * Word or Markdown matrix, sorting or filtering the heat map in the page.
 */
package io.mc2.report;
