package io.mc2.model;

import java.util.List;

/** A paragraph of a clause body. */
public record Block(Kind kind, List<Inline> inlines) {

    /** How a body paragraph is numbered. */
    public enum Kind {
        /** Unnumbered body text under the clause heading. */
        BODY,
        /** A numbered sub-clause, third level: 3.2.1. */
        SUBCLAUSE,
        /** A lettered list item, fourth level: (a). */
        ITEM
    }

    public Block {
        inlines = List.copyOf(inlines);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) sb.append(i.text());
        return sb.toString();
    }
}
