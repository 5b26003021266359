/**
 * Deal facts: the parties, product, agreement and device characteristics of one purchase.
 *
 * <p>Input: a deal YAML file. Output: {@link io.mc2.deal.DealFacts}. Supports: every field of
 * deal.schema.json. Missing facts stay null; the assembler prints bracketed blanks.
 */
package io.mc2.deal;
