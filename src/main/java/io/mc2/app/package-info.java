/**
 * Workflows the commands call: one class per job ({@link io.mc2.app.DraftWorkflow},
 * {@link io.mc2.app.LintWorkflow}), plus where the shipped files are ({@link io.mc2.app.Mc2Home})
 * and atomic output ({@link io.mc2.app.OutputFile}). Knows the stages; nothing below knows it.
 */
package io.mc2.app;
