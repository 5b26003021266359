package io.mc2.redline;

/**
 * A stretch of paragraph text under one tracked change. {@code change} is the innermost change
 * around the text; because changes nest (Word writes a deletion inside a move, an insertion inside
 * a moved-away range), whether the text survives each view is kept separately.
 *
 * @param author who made the change as written in the document, or null for kept text
 * @param date   ISO-8601 as written, or null when absent (metadata scrubbed) or for kept text
 */
public record Segment(String text, Change change, String author, String date,
                      boolean inAccepted, boolean inOriginal) {

    public static Segment kept(String text) {
        return new Segment(text, Change.KEPT, null, null, true, true);
    }

    public boolean presentIn(View view) {
        return switch (view) {
            case ACCEPTED -> inAccepted;
            case ORIGINAL -> inOriginal;
            case TRACKED -> true;
        };
    }
}
