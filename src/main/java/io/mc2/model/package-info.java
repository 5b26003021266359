/**
 * The contract model: what the assembler produces and every writer consumes. Immutable records;
 * knows nothing else in the project.
 *
 * <p>Supports: front matter, key-terms schedule, definitions, numbered articles and clauses,
 * sub-clauses and lettered items, parameter values and cross-references as inlines, provenance.
 * Does not support yet: tables inside clauses, footnotes, formatting runs (bold/italic) in clause text.
 */
package io.mc2.model;
