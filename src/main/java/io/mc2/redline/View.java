package io.mc2.redline;

/** How tracked changes are shown when a redline is turned into text. */
public enum View {
    /** Every change accepted: the text the supplier proposes. */
    ACCEPTED,
    /** Every change rejected: the text as it was before the supplier edited it. */
    ORIGINAL,
    /** Both, with inline markup: {@code {+inserted+}}, {@code [-deleted-]}, {@code {>moved here<}}, {@code [<moved away>]}. */
    TRACKED
}
