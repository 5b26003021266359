package io.mc2.align;

import java.util.List;

/**
 * One clause, definition or other part of the draft, matched to the supplier's document.
 *
 * @param key        what it is
 * @param sent       our paragraphs (heading first for clauses)
 * @param paragraphs indexes into the supplier document's body that belong to it, in document order
 * @param original   the supplier's paragraphs as originally shown (all changes rejected)
 * @param accepted   the supplier's paragraphs with all changes accepted
 * @param tracked    whether any of its paragraphs carries a tracked change
 * @param moved      whether it now stands elsewhere relative to the other clauses
 * @param anchored   whether a content-control tag or bookmark of ours was found on it
 */
public record AlignedSegment(SegmentKey key, List<SentParagraph> sent, List<Integer> paragraphs, List<String> original,
                             List<String> accepted, boolean tracked, boolean moved, boolean anchored) {

    public AlignedSegment {
        sent = List.copyOf(sent);
        paragraphs = List.copyOf(paragraphs);
        original = List.copyOf(original);
        accepted = List.copyOf(accepted);
    }

    /** Our text, one paragraph per line. */
    public String sentText() {
        return String.join("\n", sent.stream().map(SentParagraph::text).toList());
    }

    public String originalText() {
        return String.join("\n", original);
    }

    public String acceptedText() {
        return String.join("\n", accepted);
    }

    /** Text that differs from ours without being marked as a change: the most dangerous edit. */
    public boolean silent() {
        return !sentText().equals(originalText());
    }

    /** Whether the supplier's accepted text differs from ours. */
    public boolean changed() {
        return !sentText().equals(acceptedText()) || moved;
    }

    /** Whether nothing of it is left once all changes are accepted. */
    public boolean deleted() {
        return accepted.stream().allMatch(String::isEmpty);
    }
}
