package io.mc2.diff;

/**
 * One step of an edit script between sequences a and b: {@code EQUAL} covers a[aStart, aEnd) =
 * b[bStart, bEnd); {@code DELETE} removes a[aStart, aEnd); {@code INSERT} adds b[bStart, bEnd).
 */
public record Edit(Op op, int aStart, int aEnd, int bStart, int bEnd) {

    /** What an edit does. */
    public enum Op { EQUAL, DELETE, INSERT }
}
