package io.mc2.app;

import io.mc2.align.AlignedSegment;
import io.mc2.align.SegmentKey;
import io.mc2.align.SentParagraph;
import io.mc2.assemble.Assembler;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.respond.RedlineEditor;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import io.mc2.template.ValueText;
import io.mc2.report.ReportText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * fallback values; silent edits are reverted; every decision gets a comment on the clause citing
 * the profile position and the MC2 reference.
 */
public final class RespondWorkflow {

    /**
     * One counter-redline.
     *
     * @param author the author of our changes and comments (null: the HDO's name from the draft)
     * @param date   ISO-8601 date-time for our changes, or null for none (deterministic output)
     */
    public record Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, String author,
                          String date, Path output, boolean force) {
    }

    /** What was decided for one clause (or other part). */
    public record Decision(String id, String label, String action, String comment) {
    }

    /** The counter-redline written, and every decision. */
    public record Result(Path output, List<Decision> decisions, GapReport report) {
    }

    private final ClauseRenderer renderer = new ClauseRenderer();

    public Result run(Request r) {
        List<Path> inputs = new ArrayList<>(List.of(r.supplier()));
        if (r.draft() != null) inputs.add(r.draft());
        OutputFile.checkTarget(r.output(), r.force(), inputs);
        GapWorkflow.Result gap = new GapWorkflow().run(new GapWorkflow.Request(r.supplier(), r.draft(), r.profile(),
                r.libraryDir(), r.profilesDir()));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(r.supplier());
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, r.supplier() + ": cannot read: " + OutputFile.reason(e), e);
        }
        String author = r.author() != null ? r.author()
                : gap.deal().hdoName() != null ? gap.deal().hdoName() : gap.profile().hdoName().value();
        Session s = new Session(gap, RedlineEditor.open(bytes), author, r.date());
        for (GapReport.ClauseReport c : gap.report().clauses()) s.decide(c);
        s.syncSchedule();
        byte[] out = s.editor.save();
        inputs.addAll(InputFiles.of(gap.library(), gap.profile()));
        OutputFile.write(r.output(), r.force(), inputs, o -> o.write(out));
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
        final String profileName;

        Session(GapWorkflow.Result gap, RedlineEditor editor, String author, String date) {
            this.gap = gap;
            this.editor = editor;
            this.author = author;
            this.date = date;
            this.profileName = "profile " + gap.profile().id() + " v" + gap.profile().version();
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
            String label = label(c);
            String action;
            String why;
            switch (c.verdict()) {
                case MEETS_PREFERRED, WITHIN_FALLBACK, DELETED_OPTIONAL -> {
                    editor.acceptRevisions(from, to);
                    agree(c, true);
                    action = "accepted";
                    why = "Accepted: " + verdictText(c) + ".";
                }
                case BEYOND_WALK_AWAY, DELETED_REQUIRED -> {
                    editor.rejectRevisions(from, to);
                    agree(c, false);
                    action = "reverted";
                    why = "Not accepted: " + verdictText(c) + ". Our text is restored.";
                }
                case NEEDS_ESCALATION -> {
                    editor.rejectRevisions(from, to);
                    // a silent edit goes back to our text below, fallback or not
                    boolean replaced = !c.silent() && fallback(c, seg);
                    if (!replaced) agree(c, false);
                    action = replaced ? "countered with fallback" : "reverted";
                    why = "Not accepted as proposed: " + verdictText(c) + "." + (replaced
                            ? " We propose our fallback position instead." : " Our text is restored.");
                }
                default -> {
                    action = "flagged for review";
                    why = "For review: " + verdictText(c) + ".";
                }
            }
            if (c.silent()) {
                if (!"reverted".equals(action) && !action.startsWith("countered")) editor.rejectRevisions(from, to);
                restore(seg);
                agree(c, false);
                action = action.equals("reverted") ? action : "silent edit reverted";
                why = "This text was changed without tracked changes; the change is reverted and shown here as ours. " + why;
            }
            String comment = "mc2 (" + profileName + "): " + why + positions(c) + mc2(c);
            // where the supplier commented on the clause, our decision answers in that thread
            boolean replied = false;
            for (GapReport.CommentReport theirs : c.comments()) {
                if (author.equals(theirs.author())) continue;
                replied = editor.replyToComment(theirs.id(), author, date, comment);
                break;
            }
            if (!replied) editor.addComment(from, to - 1, author, date, comment);
            decisions.add(new Decision(c.id(), label, action, comment));
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

        /**
         * Makes the Key Terms Schedule say what the clauses now say: a row whose value differs from
         * the value its clause ends with (accepted, countered or restored) is rewritten as our change.
         */
        void syncSchedule() {
            Map<String, String> headings = new LinkedHashMap<>();
            for (ClauseInstance ci : gap.sent().clauses()) headings.put(ci.id(), ci.number() + " " + ci.title());
            Map<String, Integer> valueRows = scheduleValueRows();
            int rows = 0;
            int first = -1;
            for (var e : agreed.entrySet()) {
                Clause clause = gap.library().clauses().get(e.getKey());
                String heading = headings.get(e.getKey());
                if (clause == null || heading == null) continue;
                for (var v : e.getValue().entrySet()) {
                    Parameter p = clause.parameters().get(v.getKey());
                    if (p == null) continue;
                    String wanted = ValueText.format(p, ValueText.fromPlain(p, v.getValue()));
                    int row = valueRows.getOrDefault(heading + "\u0000" + p.label(), -1);
                    if (row < 0 || io.mc2.align.Text.normalise(editor.acceptedText(row)).equals(wanted)) continue;
                    editor.replaceText(row, wanted, author, date);
                    rows++;
                    if (first < 0) first = row;
                }
            }
            if (rows == 0) return;
            String comment = "mc2 (" + profileName + "): Key Terms Schedule brought in line with the clauses as agreed above ("
                    + rows + (rows == 1 ? " value)." : " values).");
            editor.addComment(first, first, author, date, comment);
            decisions.add(new Decision("schedule", "Key Terms Schedule", "updated " + rows + (rows == 1 ? " value" : " values"), comment));
        }

        /**
         * Where each schedule row's value stands: "clause heading \0 term label" to the paragraph
         * after the two (the first such pair wins), read once before any value is rewritten.
         */
        private Map<String, Integer> scheduleValueRows() {
            String[] text = new String[editor.paragraphCount()];
            for (int i = 0; i < text.length; i++) text[i] = io.mc2.align.Text.normalise(editor.acceptedText(i));
            Map<String, Integer> rows = new java.util.HashMap<>();
            for (int i = 0; i + 2 < text.length; i++) rows.putIfAbsent(text[i] + "\u0000" + text[i + 1], i + 2);
            return rows;
        }

        private void novel(GapReport.ClauseReport c) {
            int first = Integer.parseInt(c.id().substring(c.id().indexOf(':') + 1));
            String comment = "mc2 (" + profileName + "): For review: text the supplier added, outside every clause of our draft"
                    + (c.findings().isEmpty() ? "." : "; " + String.join("; ", c.findings().stream().map(GapReport.Finding::title).toList()) + ".");
            editor.addComment(first, first, author, date, comment);
            decisions.add(new Decision(c.id(), label(c), "flagged for review", comment));
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
            String comment = "mc2 (" + profileName + "): This clause was removed without tracked changes; " + verdictText(c)
                    + ". Our text is restored." + mc2(c);
            editor.addComment(anchor, anchor, author, date, comment);
            decisions.add(new Decision(c.id(), label(c), "restored", comment));
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

        /** Replaces the clause body with our fallback values in the wording the supplier used. */
        private boolean fallback(GapReport.ClauseReport c, AlignedSegment seg) {
            Clause clause = gap.library().clauses().get(c.id());
            ProfileClause pc = gap.profile().clauses().get(c.id());
            if (clause == null || pc == null || c.variant() == null || c.variant().found() == null) return false;
            Map<String, ParameterValue> values = new LinkedHashMap<>();
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
                return false;
            }
            List<String> wanted = new ArrayList<>();
            seg.sent().stream().filter(SentParagraph::heading).findFirst().ifPresent(h -> wanted.add(h.text()));
            for (Block b : blocks) wanted.add(io.mc2.align.Text.normalise(b.plainText()));
            rewrite(seg.paragraphs(), wanted);
            agreed.put(c.id(), plain);
            return true;
        }

        private String verdictText(GapReport.ClauseReport c) {
            String v = c.verdict().id().replace('-', ' ');
            List<String> rules = c.findings().stream().filter(f -> !f.rule().equals("silent-edit")).map(GapReport.Finding::title).toList();
            return v + (rules.isEmpty() ? "" : " (" + String.join("; ", rules) + ")");
        }

        private String positions(GapReport.ClauseReport c) {
            StringBuilder sb = new StringBuilder();
            for (GapReport.ParameterReport p : c.parameters()) {
                if (p.found() == null || p.found().equals(p.sent())) continue;
                sb.append(' ').append(p.label()).append(": proposed ").append(p.foundText()).append("; our position: preferred ")
                        .append(ReportText.value(p, p.preferred())).append(", fallback ").append(ReportText.value(p, p.fallback()))
                        .append(", walk-away ").append(ReportText.value(p, p.walkAway())).append('.');
            }
            if (c.variant() != null && c.variant().found() != null && !c.variant().found().equals(c.variant().sent())) {
                ProfileClause pc = gap.profile().clauses().get(c.id());
                sb.append(" Wording proposed: ").append(c.variant().found()).append("; acceptable to us: ")
                        .append(pc == null ? "" : String.join(", ", pc.acceptableVariants().value())).append('.');
            }
            return sb.toString();
        }

        private String mc2(GapReport.ClauseReport c) {
            return c.mc2() == null || c.mc2().isEmpty() ? "" : " Reference: " + c.mc2() + ".";
        }

        private String label(GapReport.ClauseReport c) {
            return io.mc2.report.ReportText.heading(c);
        }
    }
}
