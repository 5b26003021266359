/**
 * Differences between sequences: {@link io.mc2.diff.SequenceDiff} (Myers' shortest edit script
 * over any list) and {@link io.mc2.diff.WordDiff} (word-level text differences and similarity).
 * Knows nothing else in the project. Does not detect moves; callers pair deletions and insertions.
 */
package io.mc2.diff;
