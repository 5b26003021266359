package io.mc2.paper;

import java.util.List;

/**
 * One clause of the supplier's paper, as segmentation found it.
 *
 * @param label     how the report names it: its number ("4.2"), else its heading in quotes, else "¶7"
 * @param title     its heading (numbered, styled or run-in), possibly empty
 * @param context   the heading of the article it sits under, possibly empty: it helps tell "Critical" under
 *                  "Security Updates" from "Critical" under "Vulnerability Notices"
 * @param sentences its text, a sentence (or lettered item, or table cell) each
 */
public record SupplierClause(String label, String title, String context, List<String> sentences) {

    public SupplierClause {
        sentences = List.copyOf(sentences);
    }

    /** The body text, sentences joined by spaces. */
    public String text() {
        return String.join(" ", sentences);
    }
}
