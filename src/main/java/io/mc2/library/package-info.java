/**
 * The clause library: {@link io.mc2.library.LibraryLoader#load} reads {@code clauses/} into a
 * {@link io.mc2.library.ClauseLibrary}.
 *
 * <p>Input: library.yaml, definitions.yaml, one YAML file per clause. Output: validated clauses
 * with typed parameters, variants (templates, not evaluated here), applies-when conditions,
 * MC2 references and guidance. Supports: JSON Schema validation with file:line:column,
 * duplicate and file-name checks, parameter bounds and strictness, defined-term usage.
 * Does not support yet: clause-level defined terms, translations.
 */
package io.mc2.library;
