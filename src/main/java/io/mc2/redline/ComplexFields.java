package io.mc2.redline;

import java.util.ArrayDeque;

/**
 * Where text stands among complex fields (w:fldChar begin, separate, end, possibly nested): inside
 * a field's instruction, which a reader never shows, or in its result. Nesting deeper than a
 * thousand fields is not followed, so a hostile document cannot grow the stack without bound.
 */
public final class ComplexFields {
    private static final int MAX_NESTING = 1000;

    /** One entry per open field: whether its separator has been seen. */
    private final ArrayDeque<boolean[]> open = new ArrayDeque<>();
    private int inInstruction;

    /** Follows one w:fldChar by its {@code w:fldCharType}; null or unknown types change nothing. */
    public void fieldChar(String type) {
        if (type == null) return;
        switch (type) {
            case "begin" -> {
                if (open.size() >= MAX_NESTING) return;
                open.push(new boolean[] {false});
                inInstruction++;
            }
            case "separate" -> {
                boolean[] top = open.peek();
                if (top != null && !top[0]) {
                    top[0] = true;
                    inInstruction--;
                }
            }
            case "end" -> {
                boolean[] top = open.poll();
                if (top != null && !top[0]) inInstruction--;
            }
            default -> { }
        }
    }

    /** True while text belongs to some field's instruction. */
    public boolean inInstruction() {
        return inInstruction > 0;
    }
}
