package io.mc2.app;

import io.mc2.align.AlignedSegment;
import io.mc2.align.Renumbering;
import io.mc2.align.SegmentKey;
import io.mc2.align.SentParagraph;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.report.ReportText;
import io.mc2.respond.RedlineEditor;
import io.mc2.respond.SupplierNote;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions of one {@code mc2 respond} run, applied to the supplier's document as they are
 * made. Accepting all changes of the result gives, clause by clause, what each decision says: the
 * supplier's text where we accept, ours where we reject, our fallback where we counter, and
 * everything else as the supplier left it. What we undo is undone as our tracked change.
 */
final class CounterRedline {
    private final GapWorkflow.Result gap;
    private final RedlineEditor editor;
    private final String author;
    private final String date;
    private final List<RespondWorkflow.Decision> decisions = new ArrayList<>();
    /** Clause id → parameter name → the value the clause ends with, as the contract writes it. */
    private final Map<String, Map<String, String>> agreed = new LinkedHashMap<>();
    /** The clauses whose deletion we accept. */
    private final Set<String> deleted = new LinkedHashSet<>();
    private final DecisionNotes notes;
    private final ClauseRewrite rewrite;
    private final FallbackText fallbacks;

    CounterRedline(GapWorkflow.Result gap, RedlineEditor editor, String author, String date, ClauseRenderer renderer) {
        this.gap = gap;
        this.editor = editor;
        this.author = author;
        this.date = date;
        this.notes = new DecisionNotes(gap.library(), gap.profile());
        this.rewrite = new ClauseRewrite(editor, gap.alignment(), Renumbering.of(gap.alignment(), gap.supplier().body()), author, date);
        this.fallbacks = new FallbackText(gap, renderer);
    }

    /**
     * Decides every part of the report: the clauses and definitions first, then the rest of the
     * document (whose Key Terms Schedule must say what the clauses end with), then the schedule.
     */
    void decideAll() {
        GapReport.ClauseReport document = null;
        int documentAt = -1;
        for (GapReport.ClauseReport c : gap.report().clauses()) {
            if (!"document".equals(c.kind())) {
                decide(c);
            } else if (document == null) {
                document = c;
                documentAt = decisions.size();
            }
        }
        if (document != null) {
            decide(document);
            // listed where the report lists it
            if (decisions.size() > documentAt + 1) decisions.add(documentAt, decisions.remove(decisions.size() - 1));
        }
        KeyTermsSchedule schedule = new KeyTermsSchedule(editor, gap);
        RespondWorkflow.Decision d = schedule.align(agreed, deleted, author, date);
        if (d != null) decisions.add(d);
    }

    List<RespondWorkflow.Decision> decisions() {
        return List.copyOf(decisions);
    }

    byte[] save() {
        return editor.save();
    }

    private void decide(GapReport.ClauseReport c) {
        SegmentKey key = switch (c.kind()) {
            case "clause" -> SegmentKey.clause(c.id());
            case "definition" -> SegmentKey.definition(c.title());
            case "document" -> SegmentKey.DOCUMENT;
            default -> null;
        };
        if (key == null) {
            novel(c);
            return;
        }
        AlignedSegment seg = gap.alignment().segment(key).orElse(null);
        if (seg == null) return;
        if (c.verdict() == Verdict.UNCHANGED && !c.silent()) {
            agree(c, false);
            return;
        }
        if (seg.paragraphs().isEmpty()) {
            restoreMissing(c, seg);
            return;
        }
        String action;
        SupplierNote note;
        if (c.silent()) {
            // a change without tracked changes goes back to our text, whatever it proposes
            action = c.verdict() == Verdict.BEYOND_WALK_AWAY || c.verdict() == Verdict.DELETED_REQUIRED ? "reverted" : "silent edit reverted";
            note = notes.note(SupplierNote.Kind.SILENT_EDIT_RESTORED, c, List.of());
            restore(c, seg);
        } else {
            switch (c.verdict()) {
                case MEETS_PREFERRED, WITHIN_FALLBACK, DELETED_OPTIONAL -> {
                    rewrite.accept(seg);
                    agree(c, true);
                    if (c.verdict() == Verdict.DELETED_OPTIONAL) deleted.add(c.id());
                    action = "accepted";
                    note = notes.note(SupplierNote.Kind.ACCEPTED, c, notes.terms(c, Map.of()));
                }
                case BEYOND_WALK_AWAY, DELETED_REQUIRED -> {
                    restore(c, seg);
                    action = "reverted";
                    note = notes.note(c.verdict() == Verdict.DELETED_REQUIRED ? SupplierNote.Kind.DELETION_REJECTED
                            : SupplierNote.Kind.REJECTED, c, List.of());
                }
                case NEEDS_ESCALATION -> {
                    FallbackText.Counter counter = fallbacks.of(c, seg);
                    if (counter != null && rewrite.rewrite(seg, counter.paragraphs())) {
                        agreed.put(c.id(), written(c, counter.proposed()));
                        action = "countered with fallback";
                        // the supplier reads only the values we now propose, never that they are a fallback
                        note = notes.note(SupplierNote.Kind.COUNTERED, c, notes.terms(c, counter.proposed()));
                    } else {
                        restore(c, seg);
                        action = "reverted";
                        note = notes.note(SupplierNote.Kind.REJECTED, c, List.of());
                    }
                }
                default -> {
                    action = "flagged for review";
                    note = notes.note(SupplierNote.Kind.UNDER_REVIEW, c, List.of());
                }
            }
        }
        comment(c, seg, note);
        decisions.add(new RespondWorkflow.Decision(c.id(), ReportText.heading(c), action, notes.reason(c), note.text()));
    }

    /** Our text back in the segment's place, as our tracked changes; where nothing of it stands, after the part before it. */
    private void restore(GapReport.ClauseReport c, AlignedSegment seg) {
        agree(c, false);
        List<String> ours = seg.sent().stream().map(SentParagraph::text).toList();
        if (seg.key().equals(SegmentKey.DOCUMENT)) ours = new KeyTermsSchedule(editor, gap).withValues(ours, agreed, deleted);
        if (rewrite.rewrite(seg, ours)) return;
        int anchor = rewrite.anchorBefore(seg);
        for (int i = ours.size() - 1; i >= 0 && anchor >= 0; i--) editor.insertParagraphAfter(anchor, ours.get(i), author, date);
    }

    /** Our note on the clause: a reply where the supplier commented on it, else a comment on its first standing paragraph. */
    private void comment(GapReport.ClauseReport c, AlignedSegment seg, SupplierNote note) {
        // every open comment of theirs gets our answer in its thread, not only the first one
        boolean replied = false;
        for (GapReport.CommentReport theirs : c.comments()) {
            if (author.equals(theirs.author()) || theirs.resolved()) continue;
            replied |= editor.replyToComment(theirs.id(), author, date, note);
        }
        if (replied) return;
        int first = -1;
        int last = -1;
        for (int i : seg.paragraphs()) {
            if (!editor.stands(i)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) first = last = rewrite.anchorBefore(seg);
        if (first >= 0) editor.addComment(first, last, author, date, note);
    }

    /** Records the values a clause ends with: the supplier's as they wrote them (accepted) or ours as sent. */
    private void agree(GapReport.ClauseReport c, boolean theirs) {
        Clause clause = "clause".equals(c.kind()) ? gap.library().clauses().get(c.id()) : null;
        if (clause == null) return;
        Map<String, String> values = new LinkedHashMap<>();
        for (GapReport.ParameterReport p : c.parameters()) {
            Parameter param = clause.parameters().get(p.name());
            if (param == null) continue;
            if (theirs && p.found() != null) values.put(p.name(), DecisionNotes.written(param, p));
            else if (p.sent() != null) values.put(p.name(), ValueText.format(param, ValueText.fromPlain(param, p.sent())));
        }
        if (!values.isEmpty()) agreed.put(c.id(), values);
    }

    /** Every proposed value as the contract writes it. */
    private Map<String, String> written(GapReport.ClauseReport c, Map<String, Object> proposed) {
        Clause clause = gap.library().clauses().get(c.id());
        Map<String, String> out = new LinkedHashMap<>();
        proposed.forEach((name, v) -> out.put(name, ValueText.format(clause.parameters().get(name), v)));
        return out;
    }

    private void novel(GapReport.ClauseReport c) {
        int first = Integer.parseInt(c.id().substring(c.id().indexOf(':') + 1));
        SupplierNote note = notes.note(SupplierNote.Kind.ADDED_TEXT_UNDER_REVIEW, c, List.of());
        editor.addComment(first, first, author, date, note);
        String reason = "text the supplier added, outside every clause of our draft"
                + (c.findings().isEmpty() ? "." : "; " + String.join("; ", c.findings().stream().map(GapReport.Finding::title).toList()) + ".");
        decisions.add(new RespondWorkflow.Decision(c.id(), ReportText.heading(c), "flagged for review", reason, note.text()));
    }

    /** A clause deleted without a trace: our text back after the part before it. */
    private void restoreMissing(GapReport.ClauseReport c, AlignedSegment seg) {
        int anchor = rewrite.anchorBefore(seg);
        if (anchor < 0) return;
        agree(c, false);
        List<String> ours = seg.sent().stream().map(SentParagraph::text).toList();
        for (int i = ours.size() - 1; i >= 0; i--) editor.insertParagraphAfter(anchor, ours.get(i), author, date);
        SupplierNote note = notes.note(SupplierNote.Kind.SILENT_DELETION_RESTORED, c, List.of());
        editor.addComment(anchor, anchor, author, date, note);
        decisions.add(new RespondWorkflow.Decision(c.id(), ReportText.heading(c), "restored", "removed without tracked changes; "
                + notes.reason(c), note.text()));
    }
}
