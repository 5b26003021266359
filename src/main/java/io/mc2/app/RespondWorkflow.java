package io.mc2.app;

import io.mc2.align.AlignedSegment;
import io.mc2.align.SegmentKey;
import io.mc2.align.SentParagraph;
import io.mc2.assemble.Assembler;
import io.mc2.docx.DocxPackage;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.respond.RedlineEditor;
import io.mc2.respond.SupplierNote;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import io.mc2.template.ValueText;
import io.mc2.report.ReportText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mc2 respond}: our counter-redline over the supplier's document, built from the gap
 * analysis as a new round of tracked changes authored by us. Changes that meet our preferred
 * position or are within fallback are accepted; changes beyond walk-away and deletions of
 * required clauses are reverted to our text; changes needing escalation are replaced by our
 * fallback values; silent edits are reverted. Every decision gets a comment on the clause written
 * for the supplier ({@link SupplierNote}: what we accept or propose, the MC2 reference, the clause's
 * to-supplier rationale); the internal reason, with our positions, stays in the {@link Decision}.
 */
public final class RespondWorkflow {

    /**
     * One counter-redline.
     *
     * @param author the author of our changes and comments (null: the HDO's name from the draft)
     * @param date   ISO-8601 date-time for our changes, or null for none (deterministic output)
     * @param record the negotiation record folder, or null for the default place
     */
    public record Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, String author,
                          String date, Path output, boolean force, Path record) {
        public Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, String author,
                       String date, Path output, boolean force) {
            this(supplier, draft, profile, libraryDir, profilesDir, author, date, output, force, null);
        }
    }

    /**
     * What was decided for one clause (or other part).
     *
     * @param reason  internal: the verdict, findings and our positions behind the decision; never written to the document
     * @param comment the comment the supplier reads in the counter-redline
     */
    public record Decision(String id, String label, String action, String reason, String comment) {
    }

    /** The counter-redline written, and every decision. */
    public record Result(Path output, List<Decision> decisions, GapReport report) {
    }

    private final ClauseRenderer renderer = new ClauseRenderer();

    public Result run(Request r) {
        List<Path> inputs = new ArrayList<>(List.of(r.supplier()));
        if (r.draft() != null) inputs.add(r.draft());
        OutputFile.checkTarget(r.output(), r.force(), inputs);
        // one opening of the file for the analysis and the edit: both see the same bytes
        DocxPackage supplier = DocxPackage.open(r.supplier());
        GapWorkflow.Result gap = new GapWorkflow().run(new GapWorkflow.Request(r.supplier(), r.draft(), r.profile(),
                r.libraryDir(), r.profilesDir(), r.record()), supplier);
        String author = r.author() != null ? r.author()
                : gap.deal().hdoName() != null ? gap.deal().hdoName() : gap.profile().hdoName().value();
        Session s = new Session(gap, RedlineEditor.open(supplier), author, r.date());
        for (GapReport.ClauseReport c : gap.report().clauses()) s.decide(c);
        s.syncSchedule();
        byte[] saved = s.editor.save();
        // a recorded round: the counter-redline opens the next one (stamped), recorded once written
        NegotiationRound.Answer round = gap.round() == null ? null : gap.round().answer(saved, r.output(), s.decisions);
        byte[] out = round == null ? saved : round.bytes();
        inputs.addAll(InputFiles.of(gap.library(), gap.profile()));
        OutputFile.write(r.output(), r.force(), inputs, o -> o.write(out));
        if (round != null) round.record();
        return new Result(r.output(), s.decisions, gap.report());
    }

    /** The decisions of one run, applied to the editor as they are made. */
    private final class Session {
        final GapWorkflow.Result gap;
        final RedlineEditor editor;
        final String author;
        final String date;
        final List<Decision> decisions = new ArrayList<>();
        /** Clause id → parameter name → the plain value the clause ends with. */
        final Map<String, Map<String, String>> agreed = new LinkedHashMap<>();
        final DecisionNotes notes;

        Session(GapWorkflow.Result gap, RedlineEditor editor, String author, String date) {
            this.gap = gap;
            this.editor = editor;
            this.author = author;
            this.date = date;
            this.notes = new DecisionNotes(gap.library(), gap.profile());
        }

        void decide(GapReport.ClauseReport c) {
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
            if (c.verdict() == Verdict.UNCHANGED && !c.silent()) return;
            if (seg.paragraphs().isEmpty()) {
                restoreMissing(c, seg);
                return;
            }
            int from = seg.paragraphs().get(0);
            int to = seg.paragraphs().get(seg.paragraphs().size() - 1) + 1;
            String action;
            SupplierNote note;
            switch (c.verdict()) {
                case MEETS_PREFERRED, WITHIN_FALLBACK, DELETED_OPTIONAL -> {
                    editor.acceptRevisions(from, to);
                    agree(c, true);
                    action = "accepted";
                    note = notes.note(SupplierNote.Kind.ACCEPTED, c, notes.terms(c, Map.of()));
                }
                case BEYOND_WALK_AWAY, DELETED_REQUIRED -> {
                    editor.rejectRevisions(from, to);
                    agree(c, false);
                    action = "reverted";
                    note = notes.note(c.verdict() == Verdict.DELETED_REQUIRED ? SupplierNote.Kind.DELETION_REJECTED
                            : SupplierNote.Kind.REJECTED, c, List.of());
                }
                case NEEDS_ESCALATION -> {
                    editor.rejectRevisions(from, to);
                    // a silent edit goes back to our text below, fallback or not
                    Map<String, Object> proposed = c.silent() ? null : fallback(c, seg);
                    if (proposed == null) agree(c, false);
                    action = proposed != null ? "countered with fallback" : "reverted";
                    // the supplier reads only the values we now propose, never that they are a fallback
                    note = proposed != null ? notes.note(SupplierNote.Kind.COUNTERED, c, notes.terms(c, proposed))
                            : notes.note(SupplierNote.Kind.REJECTED, c, List.of());
                }
                default -> {
                    action = "flagged for review";
                    note = notes.note(SupplierNote.Kind.UNDER_REVIEW, c, List.of());
                }
            }
            if (c.silent()) {
                if (!"reverted".equals(action) && !action.startsWith("countered")) editor.rejectRevisions(from, to);
                restore(seg);
                agree(c, false);
                action = action.equals("reverted") ? action : "silent edit reverted";
                note = notes.note(SupplierNote.Kind.SILENT_EDIT_RESTORED, c, List.of());
            }
            // where the supplier commented on the clause, our decision answers in that thread
            boolean replied = false;
            for (GapReport.CommentReport theirs : c.comments()) {
                if (author.equals(theirs.author())) continue;
                replied = editor.replyToComment(theirs.id(), author, date, note);
                break;
            }
            if (!replied) editor.addComment(from, to - 1, author, date, note);
            decisions.add(new Decision(c.id(), ReportText.heading(c), action, notes.reason(c), note.text()));
        }

        /** Records the values a clause ends with: the supplier's (accepted) or ours as sent. */
        private void agree(GapReport.ClauseReport c, boolean theirs) {
            Map<String, String> values = new LinkedHashMap<>();
            for (GapReport.ParameterReport p : c.parameters()) {
                String v = theirs && p.found() != null ? p.found() : p.sent();
                if (v != null) values.put(p.name(), v);
            }
            if (!values.isEmpty()) agreed.put(c.id(), values);
        }

        /** Makes the Key Terms Schedule say what the clauses now say, as our change with a note. */
        void syncSchedule() {
            Decision d = KeyTermsSchedule.align(editor, gap, agreed, author, date);
            if (d != null) decisions.add(d);
        }

        private void novel(GapReport.ClauseReport c) {
            int first = Integer.parseInt(c.id().substring(c.id().indexOf(':') + 1));
            SupplierNote note = notes.note(SupplierNote.Kind.ADDED_TEXT_UNDER_REVIEW, c, List.of());
            editor.addComment(first, first, author, date, note);
            String reason = "text the supplier added, outside every clause of our draft"
                    + (c.findings().isEmpty() ? "." : "; " + String.join("; ", c.findings().stream().map(GapReport.Finding::title).toList()) + ".");
            decisions.add(new Decision(c.id(), ReportText.heading(c), "flagged for review", reason, note.text()));
        }

        /** A clause deleted without a trace: put our text back after the clause before it. */
        private void restoreMissing(GapReport.ClauseReport c, AlignedSegment seg) {
            int anchor = -1;
            for (AlignedSegment other : gap.alignment().segments()) {
                if (other == seg) break;
                if (!other.paragraphs().isEmpty()) anchor = other.paragraphs().get(other.paragraphs().size() - 1);
            }
            if (anchor < 0) return;
            List<String> ours = seg.sent().stream().map(SentParagraph::text).toList();
            for (int i = ours.size() - 1; i >= 0; i--) editor.insertParagraphAfter(anchor, ours.get(i), author, date);
            SupplierNote note = notes.note(SupplierNote.Kind.SILENT_DELETION_RESTORED, c, List.of());
            editor.addComment(anchor, anchor, author, date, note);
            decisions.add(new Decision(c.id(), ReportText.heading(c), "restored", "removed without tracked changes; " + notes.reason(c),
                    note.text()));
        }

        /** Makes the segment's paragraphs read as we sent them, as our tracked changes. */
        private void restore(AlignedSegment seg) {
            rewrite(seg.paragraphs(), seg.sent().stream().map(SentParagraph::text).toList());
        }

        private void rewrite(List<Integer> paragraphs, List<String> wanted) {
            List<Integer> live = new ArrayList<>();
            for (int i : paragraphs) if (!editor.acceptedText(i).isBlank()) live.add(i);
            int n = Math.min(live.size(), wanted.size());
            for (int k = 0; k < n; k++) {
                if (!io.mc2.align.Text.normalise(editor.acceptedText(live.get(k))).equals(wanted.get(k))) {
                    editor.replaceText(live.get(k), wanted.get(k), author, date);
                }
            }
            for (int k = wanted.size() - 1; k >= n; k--) {
                if (!live.isEmpty()) editor.insertParagraphAfter(live.get(live.size() - 1), wanted.get(k), author, date);
            }
            for (int k = n; k < live.size(); k++) editor.replaceText(live.get(k), "", author, date);
        }

        /**
         * Replaces the clause body with our fallback values in the wording the supplier used; returns
         * the value of every parameter as now proposed, or null when the clause cannot be rewritten.
         */
        private Map<String, Object> fallback(GapReport.ClauseReport c, AlignedSegment seg) {
            Clause clause = gap.library().clauses().get(c.id());
            ProfileClause pc = gap.profile().clauses().get(c.id());
            if (clause == null || pc == null || c.variant() == null || c.variant().found() == null) return null;
            Map<String, ParameterValue> values = new LinkedHashMap<>();
            Map<String, Object> proposed = new LinkedHashMap<>();
            Map<String, String> plain = new LinkedHashMap<>();
            for (Parameter p : clause.parameters().values()) {
                Position pos = pc.parameters().get(p.name());
                Object v = pos.sent().value();
                for (GapReport.ParameterReport pr : c.parameters()) {
                    if (!pr.name().equals(p.name()) || pr.found() == null) continue;
                    boolean acceptable = pr.verdict() == Verdict.MEETS_PREFERRED || pr.verdict() == Verdict.WITHIN_FALLBACK;
                    if (acceptable) v = ValueText.fromPlain(p, pr.found());
                    else if (pos.fallback() != null) v = pos.fallback().value();
                }
                Object value = v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
                values.put(p.name(), new ParameterValue(p, value));
                proposed.put(p.name(), value);
                plain.put(p.name(), ValueText.plain(value));
            }
            Map<String, String> numbers = new LinkedHashMap<>();
            for (ClauseInstance ci : gap.sent().clauses()) numbers.put(ci.id(), ci.number());
            List<Block> blocks;
            try {
                blocks = renderer.render(c.id() + "/" + c.variant().found(), clause.variants().get(c.variant().found()).template(),
                        new TemplateInputs(gap.profile().mdmName().value(), gap.profile().hdoName().value(), values,
                                new CrossReferences(numbers::containsKey), Assembler.dealView(gap.deal())),
                        id -> numbers.getOrDefault(id, id));
            } catch (TemplateProblem e) {
                return null;
            }
            List<String> wanted = new ArrayList<>();
            seg.sent().stream().filter(SentParagraph::heading).findFirst().ifPresent(h -> wanted.add(h.text()));
            for (Block b : blocks) wanted.add(io.mc2.align.Text.normalise(b.plainText()));
            rewrite(seg.paragraphs(), wanted);
            agreed.put(c.id(), plain);
            return proposed;
        }
    }
}
