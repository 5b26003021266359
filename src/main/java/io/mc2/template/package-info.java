/**
 * Clause templates: Velocity in strict mode behind a sandboxing uberspector; the only package that
 * knows Velocity.
 *
 * <p>Input: a variant's template text and {@link io.mc2.template.TemplateInputs} (parties,
 * typed parameter values, cross-reference resolver, deal facts). Output: paragraphs of
 * {@link io.mc2.model.Block} with parameter values and cross-references as their own inlines.
 * Supports: {@code #if}/{@code #else}, {@code #set}, {@code #foreach} over a literal range,
 * references, the allowed methods of the objects given ({@link io.mc2.template.TemplateSandbox});
 * numbers written as lawyers do ({@link io.mc2.template.LegalNumber}). Refuses (a template problem at
 * its place): {@code #evaluate}, {@code #define}, {@code #macro}, {@code #include}, {@code #parse},
 * interpolated string literals, more than 16 KiB of source, 1,000 loop turns or 64 KiB of output
 * per rendering.
 */
package io.mc2.template;
