/**
 * Clause templates: Velocity in strict mode behind a sandboxing uberspector; the only package that
 * knows Velocity.
 *
 * <p>Input: a variant's template text and {@link io.mc2.template.TemplateInputs} (parties,
 * typed parameter values, cross-reference resolver, deal facts). Output: paragraphs of
 * {@link io.mc2.model.Block} with parameter values and cross-references as their own inlines.
 * Supports: {@code #if}/{@code #else}, references, method calls on the objects given; numbers
 * written as lawyers do ({@link io.mc2.template.LegalNumber}). Does not support: {@code #include},
 * {@code #parse} (no resource loaders), macros from files.
 */
package io.mc2.template;
