package io.mc2.respond;

import java.util.ArrayList;
import java.util.List;

/**
 * What one of our comments in a counter-redline may tell the supplier, and nothing more: the kind
 * of decision, the clause, the values the supplier proposed and the ones we propose, the MC2
 * reference and the clause's rationale written for the supplier. {@link RedlineEditor} writes
 * comments only from this type, so positions, verdicts and internal guidance cannot reach the
 * document by way of a comment: there is no field to carry them.
 *
 * @param clause    the clause as the document heads it ("6.1 Security Patches ..."); empty for none
 * @param terms     the values concerned; empty when the decision is about wording alone
 * @param mc2       the MC2 reference without internal marks ("MC2 v2 #31"); empty for none
 * @param rationale the clause's {@code guidance.to-supplier}; empty for none
 */
public record SupplierNote(Kind kind, String clause, List<Term> terms, String mc2, String rationale) {

    /** The decisions a note can announce. */
    public enum Kind {
        /** We accept the supplier's change. */
        ACCEPTED,
        /** We do not accept the supplier's value and propose ours, as our tracked change. */
        COUNTERED,
        /** We do not accept the change; the text we sent is back. */
        REJECTED,
        /** We do not accept the deletion of the clause; the text we sent is back. */
        DELETION_REJECTED,
        /** The text was changed without tracked changes; the text we sent is back. */
        SILENT_EDIT_RESTORED,
        /** The clause was removed without tracked changes; the text we sent is back. */
        SILENT_DELETION_RESTORED,
        /** We are considering the change and answer it later. */
        UNDER_REVIEW,
        /** We are considering text the supplier added and answer it later. */
        ADDED_TEXT_UNDER_REVIEW,
        /** The Key Terms Schedule now says what the clauses say. */
        SCHEDULE_ALIGNED
    }

    /**
     * One value: the supplier's and ours, each as the contract writes it ("sixty (60) days").
     *
     * @param label what the value is, as the Key Terms Schedule names it
     * @param theirs the value the supplier proposed (or the one the schedule row said)
     * @param ours   the value we propose, accept or restore
     */
    public record Term(String label, String theirs, String ours) {
    }

    public SupplierNote {
        clause = clause == null ? "" : clause;
        terms = List.copyOf(terms);
        mc2 = mc2 == null ? "" : mc2;
        rationale = rationale == null ? "" : rationale.replaceAll("\\s+", " ").strip();
    }

    /** The comment's text, in the words the supplier reads. */
    public String text() {
        List<String> sentences = new ArrayList<>();
        switch (kind) {
            case ACCEPTED -> sentences.add(terms.isEmpty() ? "We accept this change."
                    : "We accept " + join(terms.stream().map(Term::theirs).toList()) + ".");
            case COUNTERED -> {
                for (Term t : terms) sentences.add(counter(t));
                if (terms.isEmpty()) sentences.add("We cannot accept this change; we propose the wording shown as our tracked change"
                        + reference() + ".");
                sentences.add(rationale);
            }
            case REJECTED -> {
                sentences.add("We cannot accept this change; we restore the text as sent" + reference() + ".");
                sentences.add(rationale);
            }
            case DELETION_REJECTED -> {
                sentences.add("We cannot accept the deletion of this clause; we restore the text as sent" + reference() + ".");
                sentences.add(rationale);
            }
            case SILENT_EDIT_RESTORED -> {
                sentences.add("This text was changed without tracked changes. We restore the text as sent, shown as our tracked"
                        + " changes; please propose any change as a tracked change.");
                sentences.add(rationale);
            }
            case SILENT_DELETION_RESTORED -> {
                sentences.add("This clause was removed without tracked changes; we restore it as sent.");
                sentences.add(rationale);
            }
            case UNDER_REVIEW -> sentences.add("We are reviewing this change and will respond to it separately.");
            case ADDED_TEXT_UNDER_REVIEW -> sentences.add("We are reviewing this added text and will respond to it separately.");
            case SCHEDULE_ALIGNED -> sentences.add("We have updated the Key Terms Schedule to match the clauses as revised"
                    + (terms.isEmpty() ? "." : ": " + String.join("; ", terms.stream().map(t -> t.label() + ", " + t.ours()).toList())
                    + "."));
        }
        return String.join(" ", sentences.stream().filter(s -> !s.isEmpty()).toList());
    }

    /** "We cannot accept sixty (60) days; we propose forty-five (45) days, in line with MC2 v2 #31." */
    private String counter(Term t) {
        String what = terms.size() > 1 ? "For " + t.label() + ", we" : "We";
        if (t.theirs().equals(t.ours())) return what + " accept " + t.ours() + ".";
        return what + " cannot accept " + t.theirs() + "; we propose " + t.ours() + reference() + ".";
    }

    private String reference() {
        return mc2.isEmpty() ? "" : ", in line with " + mc2;
    }

    private static String join(List<String> values) {
        if (values.size() <= 1) return String.join("", values);
        return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }
}
