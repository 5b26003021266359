package io.mc2.gap;

import io.mc2.align.AlignedSegment;
import io.mc2.align.Alignment;
import io.mc2.align.NovelBlock;
import io.mc2.align.SentParagraph;
import io.mc2.diff.WordDiff;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.Revision;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.DealView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says, for every clause of the draft we sent, whether the supplier changed it, how, and whether
 * that is acceptable under our profile: recovers the variant and values the supplier's wording
 * proposes and rates them against preferred, fallback and walk-away; where no variant matches,
 * applies the language rules; flags silent edits, deletions, moves and novel text.
 */
public final class GapEvaluator {
    private final ClauseLibrary library;
    private final ResolvedProfile profile;
    /** The profile the sent text was drafted from: another one than {@code profile} when re-rating under --profile. */
    private final ResolvedProfile sentWith;
    private final Contract sent;
    private final LanguageRules rules;
    private final ValueRecovery recovery;
    private final DealView deal;

    public GapEvaluator(ClauseLibrary library, ResolvedProfile profile, Contract sent, LanguageRules rules,
                        ClauseRenderer renderer, DealView deal) {
        this(library, profile, profile, sent, rules, renderer, deal);
    }

    /** Rates against {@code profile} a draft that {@code sentWith} made: even unchanged clauses then have their values rated. */
    public GapEvaluator(ClauseLibrary library, ResolvedProfile profile, ResolvedProfile sentWith, Contract sent, LanguageRules rules,
                        ClauseRenderer renderer, DealView deal) {
        this.library = library;
        this.profile = profile;
        this.sentWith = sentWith;
        this.sent = sent;
        this.rules = rules;
        this.recovery = new ValueRecovery(renderer);
        this.deal = deal;
    }

    public GapReport evaluate(Alignment alignment, RedlineDocument supplier, String supplierFile, GapReport.DraftInfo draft) {
        SupplierComments comments = new SupplierComments(supplier.comments());
        KeyTermsSchedule schedule = KeyTermsSchedule.read(sent.keyTerms(), alignment.segment(io.mc2.align.SegmentKey.DOCUMENT).orElse(null));
        Map<String, ClauseInstance> instances = new LinkedHashMap<>();
        for (ClauseInstance ci : sent.clauses()) instances.put(ci.id(), ci);
        List<GapReport.ClauseReport> out = new ArrayList<>();
        Map<String, List<GapReport.Finding>> extra = new LinkedHashMap<>();
        for (AlignedSegment seg : alignment.segments()) {
            GapReport.ClauseReport r = switch (seg.key().kind()) {
                case CLAUSE -> clause(seg, instances.get(seg.key().id()), comments.on(seg.paragraphs()), schedule);
                case DEFINITION -> definition(seg, comments.on(seg.paragraphs()), extra);
                default -> document(seg, comments.on(seg.paragraphs()), schedule);
            };
            if (r != null) out.add(r);
            for (NovelBlock n : alignment.novel()) if (n.after().equals(seg.key())) out.add(novel(n, comments.on(n.paragraphs())));
        }
        for (NovelBlock n : alignment.novel()) {
            if (alignment.segments().stream().noneMatch(s -> s.key().equals(n.after()))) out.add(novel(n, comments.on(n.paragraphs())));
        }
        out = withDefinitionFindings(out, extra);
        return new GapReport(GapReport.SCHEMA, redlineInfo(supplier, supplierFile), draft, summary(out), out);
    }

    /**
     * The values the text we sent holds, read as a supplier's would be: in a later round (a fallback we
     * countered with) or under another profile they are not the profile's own.
     */
    private Map<String, Object> valuesIn(Clause c, ClauseInstance ci, Map<String, Object> profileValues, String sentText) {
        Map<String, Object> out = new LinkedHashMap<>(profileValues);
        recovery.recover(c, List.of(ci.variant()), profileValues, sentWith.mdmName().value(), sentWith.hdoName().value(), deal, sentText)
                .ifPresent(m -> m.values().forEach((k, f) -> { if (f.value() != null) out.put(k, f.value()); }));
        return out;
    }

    private GapReport.ClauseReport clause(AlignedSegment seg, ClauseInstance ci, List<GapReport.CommentReport> comments,
                                          KeyTermsSchedule schedule) {
        Clause c = library.clauses().get(ci.id());
        ProfileClause sentPc = sentWith.clauses().get(ci.id());
        // a clause the rating profile leaves out is rated by the positions it was sent with
        ProfileClause pc = profile.clauses().getOrDefault(ci.id(), sentPc);
        String sentText = String.join("\n", body(seg.sent()));
        String foundText = String.join("\n", acceptedBody(seg));
        Map<String, Object> sentValues = new LinkedHashMap<>();
        sentPc.parameters().forEach((k, pos) -> sentValues.put(k, pos.sent().value()));
        List<GapReport.Finding> findings = new ArrayList<>();
        List<GapReport.ParameterReport> params = new ArrayList<>();
        Map<String, ValueRecovery.Found> values = Map.of();
        String change;
        Verdict verdict;
        String foundVariant = null;
        if (seg.deleted() || foundText.isEmpty()) {
            change = "deleted";
            verdict = pc.isRequired() ? Verdict.DELETED_REQUIRED : Verdict.DELETED_OPTIONAL;
            findings.add(new GapReport.Finding("clause-deleted", "Clause deleted",
                    pc.isRequired() ? "the profile marks this clause as required (set at " + pc.required().where() + ")"
                            : "the profile does not mark this clause as required", pc.isRequired() ? "high" : "medium"));
        } else if (sentText.equals(foundText)) {
            change = seg.moved() ? "moved" : "unchanged";
            // a move alone leaves our words as they were: a low finding, the verdict the text deserves
            verdict = Verdict.UNCHANGED;
            if (!seg.moved() && seg.tracked() && !seg.silent()) {
                findings.add(new GapReport.Finding("wording", "Tracked change that leaves our words as they were",
                        "only white space or formatting changed", "low"));
            }
            foundVariant = ci.variant();
            values = KeyTermsSchedule.sentValues(c, sentValues);
            if (sentWith != profile) {
                Verdict rated = PositionRating.values(c, pc, values, params,
                        PositionRating.variant(pc, pc.variant().value(), ci.variant(), findings));
                if (rated != Verdict.MEETS_PREFERRED) verdict = rated;
            }
        } else {
            change = seg.moved() ? "moved" : "modified";
            // typo-level changes are noted and set aside, so the values read as if they were not there
            Wording.Typos typos = Wording.typos(sentText, foundText);
            if (!typos.changes().isEmpty()) {
                findings.add(new GapReport.Finding("wording", "Spelling or punctuation changed", String.join("; ", typos.changes()), "low"));
            }
            List<String> order = new ArrayList<>(List.of(ci.variant()));
            order.addAll(pc.acceptableVariants().value());
            Optional<ValueRecovery.Match> match = recovery.recover(c, order, sentValues, profile.mdmName().value(),
                    profile.hdoName().value(), deal, typos.text());
            if (match.isPresent()) {
                foundVariant = match.get().variant();
                values = match.get().values();
                verdict = PositionRating.values(c, pc, values, params, PositionRating.variant(pc, ci.variant(), foundVariant, findings));
            } else {
                List<GapReport.Finding> fired = rules.apply(sentText, typos.text());
                values = RuleReading.withRules(c, sentValues, UnitReading.byUnit(c, sentText, typos.text()), fired);
                verdict = PositionRating.values(c, pc, values, params, Verdict.NEEDS_REVIEW);
                findings.addAll(fired);
                if (fired.isEmpty()) {
                    findings.add(new GapReport.Finding("unrecognised-change", "Wording matches none of the clause's variants",
                            TextChanges.firstChange(sentText, typos.text()), "medium"));
                }
            }
        }
        if (change.equals("moved")) {
            findings.add(new GapReport.Finding("clause-moved", "Clause moved", "the clause now stands elsewhere; its number and "
                    + "cross-references to it may have changed", "low"));
        }
        if (seg.silent()) {
            // reported beside the value verdict, never instead of it: the edit itself needs a person (summary)
            findings.add(0, new GapReport.Finding("silent-edit", "Text changed without tracked changes",
                    TextChanges.firstChange(seg.sentText(), seg.originalText()), "high"));
        }
        List<GapReport.Finding> rows = schedule.findings(c, values);
        findings.addAll(rows);
        if (rows.stream().anyMatch(f -> f.severity().equals("high"))) verdict = Verdict.worse(verdict, Verdict.NEEDS_REVIEW);
        verdict = withComments(verdict, comments, findings);
        if (!params.isEmpty()) params = PositionRating.asSent(params, valuesIn(c, ci, sentValues, sentText));
        return new GapReport.ClauseReport(ci.id(), "clause", ci.title(), ci.number(), ci.party(), ci.mc2Ref(), change,
                seg.tracked(), seg.silent(), verdict, new GapReport.VariantReport(ci.variant(), foundVariant), params, findings,
                TextChanges.diff(sentText, foundText), comments);
    }

    /** Open supplier comments put the entry before a person, each quoted as a finding. */
    private static Verdict withComments(Verdict verdict, List<GapReport.CommentReport> comments, List<GapReport.Finding> findings) {
        List<GapReport.Finding> open = SupplierComments.findings(comments);
        findings.addAll(open);
        return open.isEmpty() ? verdict : Verdict.worse(verdict, Verdict.NEEDS_REVIEW);
    }

    private GapReport.ClauseReport definition(AlignedSegment seg, List<GapReport.CommentReport> comments,
                                              Map<String, List<GapReport.Finding>> extra) {
        if (!seg.changed() && !seg.silent()) return SupplierComments.open(comments) == 0 ? null : commented(seg, comments);
        String term = seg.key().id();
        List<String> users = new ArrayList<>();
        for (ClauseInstance ci : sent.clauses()) {
            Clause c = library.clauses().get(ci.id());
            if (c != null && c.terms().contains(term)) users.add(ci.id());
        }
        String change = seg.deleted() ? "deleted" : seg.moved() ? "moved" : "modified";
        List<GapReport.Finding> findings = new ArrayList<>();
        if (seg.silent()) {
            findings.add(new GapReport.Finding("silent-edit", "Text changed without tracked changes",
                    TextChanges.firstChange(seg.sentText(), seg.originalText()), "high"));
        }
        findings.add(new GapReport.Finding("definition-changed", "Defined term changed",
                "\u201c" + term + "\u201d is used by " + (users.isEmpty() ? "no clause" : String.join(", ", numbers(users))),
                "high"));
        for (String id : users) {
            extra.computeIfAbsent(id, k -> new ArrayList<>()).add(new GapReport.Finding("definition-changed",
                    "A defined term this clause uses changed", "\u201c" + term + "\u201d: " + TextChanges.firstChange(seg.sentText(),
                            seg.acceptedText()), "high"));
        }
        findings.addAll(SupplierComments.findings(comments));
        return new GapReport.ClauseReport("definition:" + term, "definition", term, null, null, null, change, seg.tracked(),
                seg.silent(), Verdict.NEEDS_REVIEW, null, List.of(), findings, TextChanges.diff(seg.sentText(), seg.acceptedText()), comments);
    }

    /** A definition the supplier left as it was but commented on. */
    private static GapReport.ClauseReport commented(AlignedSegment seg, List<GapReport.CommentReport> comments) {
        return new GapReport.ClauseReport("definition:" + seg.key().id(), "definition", seg.key().id(), null, null, null, "unchanged",
                seg.tracked(), false, Verdict.NEEDS_REVIEW, null, List.of(), SupplierComments.findings(comments), List.of(), comments);
    }

    private List<String> numbers(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (ClauseInstance ci : sent.clauses()) if (ids.contains(ci.id())) out.add(ci.number() + " (" + ci.id() + ")");
        return out;
    }

    /**
     * The title, parties, Key Terms Schedule and signatures. Schedule rows the supplier changed with
     * a tracked change are reported on their clauses, so they are read here as we sent them.
     */
    private GapReport.ClauseReport document(AlignedSegment seg, List<GapReport.CommentReport> comments, KeyTermsSchedule schedule) {
        boolean changed = !schedule.documentAsSent(seg);
        if (!changed && !seg.silent() && comments.isEmpty()) return null;
        List<GapReport.Finding> findings = new ArrayList<>();
        Verdict verdict = changed ? Verdict.NEEDS_REVIEW : Verdict.UNCHANGED;
        if (seg.silent()) {
            findings.add(new GapReport.Finding("silent-edit", "Text changed without tracked changes",
                    TextChanges.firstChange(seg.sentText(), seg.originalText()), "high"));
            verdict = Verdict.NEEDS_REVIEW;
        }
        if (changed) {
            findings.add(new GapReport.Finding("document-changed", "Front matter, key-terms schedule or signature blocks changed",
                    TextChanges.firstChange(seg.sentText(), schedule.documentText()), "medium"));
        }
        verdict = withComments(verdict, comments, findings);
        return new GapReport.ClauseReport("document", "document", "Title, parties, key terms and signatures", null, null, null,
                changed ? "modified" : "unchanged", seg.tracked(), seg.silent(), verdict, null, List.of(), findings,
                TextChanges.diff(seg.sentText(), schedule.documentText()), comments);
    }

    private GapReport.ClauseReport novel(NovelBlock n, List<GapReport.CommentReport> cs) {
        String title = n.accepted().isEmpty() ? "" : n.accepted().get(0);
        List<GapReport.Finding> findings = new ArrayList<>();
        String text = String.join("\n", n.accepted());
        findings.addAll(rules.apply("", text));
        if (!n.tracked()) {
            findings.add(0, new GapReport.Finding("silent-edit", "Text added without tracked changes", title, "high"));
        }
        findings.addAll(SupplierComments.findings(cs));
        return new GapReport.ClauseReport("novel:" + (n.paragraphs().isEmpty() ? 0 : n.paragraphs().get(0)), "novel", title, null,
                null, null, "inserted", n.tracked(), !n.tracked(), Verdict.NOVEL, null, List.of(), findings,
                List.of(new GapReport.DiffPiece("insert", text)), cs);
    }

    /** Clauses using a changed defined term get a finding; the definition's own entry carries the verdict. */
    private static List<GapReport.ClauseReport> withDefinitionFindings(List<GapReport.ClauseReport> in,
                                                                       Map<String, List<GapReport.Finding>> extra) {
        if (extra.isEmpty()) return in;
        List<GapReport.ClauseReport> out = new ArrayList<>();
        for (GapReport.ClauseReport r : in) {
            List<GapReport.Finding> add = "clause".equals(r.kind()) ? extra.get(r.id()) : null;
            if (add == null) {
                out.add(r);
                continue;
            }
            List<GapReport.Finding> f = new ArrayList<>(r.findings());
            f.addAll(add);
            out.add(new GapReport.ClauseReport(r.id(), r.kind(), r.title(), r.number(), r.party(), r.mc2(), r.change(), r.tracked(),
                    r.silent(), r.verdict(), r.variant(), r.parameters(), f, r.diff(),
                    r.comments()));
        }
        return out;
    }

    /** The clause body: our paragraphs without the heading. */
    private static List<String> body(List<SentParagraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (SentParagraph p : paragraphs) if (!p.heading() && !p.text().isEmpty()) out.add(p.text());
        return out;
    }

    /** The supplier's accepted paragraphs without the heading (the first one, when it still reads like ours). */
    private static List<String> acceptedBody(AlignedSegment seg) {
        List<String> acc = new ArrayList<>(seg.accepted());
        String heading = seg.sent().stream().filter(SentParagraph::heading).map(SentParagraph::text).findFirst().orElse(null);
        if (heading != null && !acc.isEmpty() && (acc.get(0).equals(heading) || WordDiff.similarity(acc.get(0), heading) >= 0.5)) {
            acc.remove(0);
        }
        return acc;
    }

    private static GapReport.RedlineInfo redlineInfo(RedlineDocument d, String file) {
        Set<String> authors = new TreeSet<>();
        for (Revision r : d.revisions()) if (r.author() != null) authors.add(r.author());
        for (Comment c : d.comments()) if (c.author() != null) authors.add(c.author());
        return new GapReport.RedlineInfo(file, List.copyOf(authors), d.revisions().size(), d.comments().size(),
                d.externalRelationships());
    }

    /** Counts per verdict, silent edits and open comments of report entries, and whether a person must look. */
    public static GapReport.Summary summary(List<GapReport.ClauseReport> clauses) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        int silent = 0;
        int open = 0;
        boolean human = false;
        for (GapReport.ClauseReport r : clauses) {
            counts.merge(r.verdict(), 1, Integer::sum);
            if (r.silent()) silent++;
            open += (int) SupplierComments.open(r.comments());
            if (r.verdict().needsHuman() || r.silent()) human = true;
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((k, v) -> byName.put(k.id(), v));
        long clauseCount = clauses.stream().filter(r -> "clause".equals(r.kind())).count();
        return new GapReport.Summary(byName, silent, open, (int) clauseCount, human);
    }
}
