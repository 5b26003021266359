/**
 * Contract writers: {@link io.mc2.write.ContractWriter} turns an assembled
 * {@link io.mc2.model.Contract} into one output format; {@link io.mc2.write.Outline} is the
 * numbering all formats share (Word's multilevel list rules, so every format shows the same numbers).
 *
 * <p>Input: a {@code Contract}. Output: bytes on a stream (the caller makes the file write atomic).
 * Implementations: {@code write.docx} (Word), {@code write.markdown}, {@code write.html}.
 */
package io.mc2.write;
