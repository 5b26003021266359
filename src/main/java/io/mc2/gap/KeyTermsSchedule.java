package io.mc2.gap;

import io.mc2.align.AlignedSegment;
import io.mc2.align.SentParagraph;
import io.mc2.align.Text;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.KeyTerm;
import io.mc2.template.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Key Terms Schedule rows (clause, term, value) the supplier changed with a tracked change.
 * Such a row belongs to its clause: changed in step with the clause it is part of that clause's
 * change; saying something else than the clause, it is a finding on that clause. Rows changed
 * without tracking stay with the rest of the document, as silent edits.
 */
final class KeyTermsSchedule {
    /** A schedule row whose value the supplier changed: our row and the value it now shows. */
    record ChangedRow(KeyTerm term, String now) {
    }

    private final Map<String, List<ChangedRow>> byClause = new LinkedHashMap<>();
    private final String documentText;

    private KeyTermsSchedule(Map<Integer, String> ours, List<String> accepted) {
        List<String> text = new ArrayList<>(accepted);
        ours.forEach(text::set);
        this.documentText = String.join("\n", text);
    }

    /** Reads the rows from the document part of the alignment (title, parties, schedule, signatures). */
    static KeyTermsSchedule read(List<KeyTerm> terms, AlignedSegment document) {
        if (document == null) return new KeyTermsSchedule(Map.of(), List.of());
        List<String> accepted = document.accepted();
        List<String> original = document.original();
        Map<Integer, String> ours = new HashMap<>();
        List<ChangedRow> changed = new ArrayList<>();
        // each cell's text without its number, once: a schedule row is looked for over the whole part
        List<String> acceptedTitles = accepted.stream().map(Text::withoutNumber).toList();
        List<String> originalTitles = original.stream().map(Text::withoutNumber).toList();
        int from = 0;
        int fromOriginal = 0;
        for (KeyTerm t : terms) {
            int at = valueAt(accepted, acceptedTitles, t, from);
            int was = valueAt(original, originalTitles, t, fromOriginal);
            if (at < 0 || was < 0) continue;
            from = at + 1;
            fromOriginal = was + 1;
            String sent = Text.normalise(t.value());
            if (original.get(was).equals(sent) && !accepted.get(at).equals(sent)) {
                changed.add(new ChangedRow(t, accepted.get(at)));
                ours.put(at, sent);
            }
        }
        KeyTermsSchedule s = new KeyTermsSchedule(ours, accepted);
        for (ChangedRow r : changed) s.byClause.computeIfAbsent(r.term().clauseId(), k -> new ArrayList<>()).add(r);
        return s;
    }

    /**
     * Where the value of the row stands: after its clause cell and term cell, at or after {@code from}.
     * The clause cell's number may have moved (a clause added or deleted before it), its title not.
     *
     * @param titles the paragraphs without their numbers ({@link Text#withoutNumber})
     */
    private static int valueAt(List<String> paragraphs, List<String> titles, KeyTerm t, int from) {
        String numbered = t.clauseNumber() + " " + t.clauseTitle();
        String title = Text.normalise(t.clauseTitle());
        String label = Text.normalise(t.label());
        for (int i = from; i + 2 < paragraphs.size(); i++) {
            boolean clause = paragraphs.get(i).equals(numbered) || titles.get(i).equals(title);
            if (clause && paragraphs.get(i + 1).equals(label)) return i + 2;
        }
        return -1;
    }

    /** The document part as the supplier accepted it, with the rows that belong to clauses read as we sent them. */
    String documentText() {
        return documentText;
    }

    /** Whether the document part, schedule rows that belong to clauses aside, reads as we sent it. */
    boolean documentAsSent(AlignedSegment document) {
        return document.sent().stream().map(SentParagraph::text).toList().equals(List.of(documentText.split("\n", -1)));
    }

    /**
     * Findings on a clause from its changed rows: low when the row says what the clause now says
     * ({@code values}: the values the clause holds, by parameter), high when it says something else.
     */
    List<GapReport.Finding> findings(Clause clause, Map<String, ValueRecovery.Found> values) {
        List<GapReport.Finding> out = new ArrayList<>();
        for (ChangedRow r : byClause.getOrDefault(clause.id(), List.of())) {
            Parameter p = clause.parameters().values().stream().filter(x -> x.label().equals(r.term().label())).findFirst().orElse(null);
            ValueRecovery.Found inClause = p == null ? null : values.get(p.name());
            ValueRecovery.Found inRow = p == null ? null : ValueRecovery.valueOf(p, r.now());
            String row = "Key Terms Schedule, \u201c" + r.term().label() + "\u201d: \u201c" + r.term().value() + "\u201d \u2192 \u201c" + r.now() + "\u201d";
            if (inClause != null && inRow != null && inRow.value() != null && PositionRating.same(inRow.value(), inClause.value())) {
                out.add(new GapReport.Finding("schedule-row", "Key Terms Schedule changed with the clause", row, "low"));
            } else {
                String clauseSays = inClause == null ? "the clause states no value for it" : "the clause says \u201c" + inClause.text() + "\u201d";
                out.add(new GapReport.Finding("schedule-inconsistent", "Key Terms Schedule contradicts the clause",
                        row + "; " + clauseSays, "high"));
            }
        }
        return out;
    }

    /** The values of an unchanged clause: what we sent, as the draft wrote them. */
    static Map<String, ValueRecovery.Found> sentValues(Clause clause, Map<String, Object> sent) {
        Map<String, ValueRecovery.Found> out = new LinkedHashMap<>();
        for (Parameter p : clause.parameters().values()) {
            Object v = sent.get(p.name());
            if (v != null) out.put(p.name(), new ValueRecovery.Found(v, ValueText.format(p, v), null));
        }
        return out;
    }
}
