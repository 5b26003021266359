package io.mc2.redline;

/**
 * A comment and where it is anchored.
 *
 * @param text      the comment's paragraphs (as accepted) joined by a newline
 * @param anchor    the commented text as accepted, or as original where accepting leaves nothing;
 *                  paragraphs joined by a newline; empty when the comment has no range
 * @param parent    id of the comment this one replies to (commentsExtended.xml), or null
 * @param resolved  marked done in Word (w15:done)
 * @param paragraph index of the body paragraph where the anchor starts, or -1 when it is not in the body
 */
public record Comment(String id, String author, String date, String text, String anchor,
                      String parent, boolean resolved, int paragraph) {
}
