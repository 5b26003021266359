/**
 * Workflows the commands call: one class per job ({@link io.mc2.app.DraftWorkflow}, drafts and the
 * execution copy, with a warning for a required clause the deal drops,
 * {@link io.mc2.app.LintWorkflow}, {@link io.mc2.app.ProfileWorkflow} for profile show / diff / lint,
 * {@link io.mc2.app.PublishWorkflow} for a GPO's publishable bundle, {@link io.mc2.app.BriefWorkflow}
 * for the negotiator's brief, {@link io.mc2.app.GapWorkflow} for one supplier redline and
 * {@link io.mc2.app.GapBatchWorkflow} for a folder of them, sharing the draft we sent through
 * {@link io.mc2.app.PreparedDrafts} once per provenance), {@link io.mc2.app.ReviewWorkflow} for a supplier's own paper
 * and {@link io.mc2.app.PaperAnswerWorkflow} for our answer to it (our draft and a cover note), plus where the shipped files are
 * ({@link io.mc2.app.Mc2Home}) and atomic output ({@link io.mc2.app.OutputFile}). Knows the stages; nothing below knows it.
 */
package io.mc2.app;
