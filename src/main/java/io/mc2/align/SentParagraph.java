package io.mc2.align;

/**
 * A paragraph of the draft we sent.
 *
 * @param text    its text (normalised white space)
 * @param segment the clause, definition or document part it belongs to
 * @param heading whether it is the clause's (or article's) heading
 * @param number  the number Word shows, or null
 */
public record SentParagraph(String text, SegmentKey segment, boolean heading, String number) {
}
