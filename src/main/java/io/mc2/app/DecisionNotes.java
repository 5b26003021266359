package io.mc2.app;

import io.mc2.gap.GapReport;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Mc2Reference;
import io.mc2.library.Parameter;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.report.ReportText;
import io.mc2.respond.SupplierNote;
import io.mc2.template.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two accounts of a respond decision: the note the supplier reads in the counter-redline (only
 * what we propose and the clause's to-supplier rationale) and the internal reason (verdict,
 * findings, every position) for our own eyes on standard error and in the run's result.
 */
final class DecisionNotes {
    private final ClauseLibrary library;
    private final ResolvedProfile profile;

    DecisionNotes(ClauseLibrary library, ResolvedProfile profile) {
        this.library = library;
        this.profile = profile;
    }

    /** The supplier's note on a clause, with the values concerned. */
    SupplierNote note(SupplierNote.Kind kind, GapReport.ClauseReport c, List<SupplierNote.Term> terms) {
        Clause clause = "clause".equals(c.kind()) ? library.clauses().get(c.id()) : null;
        String mc2 = clause == null ? "" : String.join(" and ", clause.mc2().stream().map(DecisionNotes::reference).toList());
        String rationale = clause == null ? "" : clause.guidance().toSupplier();
        return new SupplierNote(kind, ReportText.heading(c), terms, mc2, rationale);
    }

    /** An MC2 reference as the supplier may read it: without our confidence marks. */
    private static String reference(Mc2Reference r) {
        return "MC2 v" + r.version() + " " + r.ref();
    }

    /**
     * The values the supplier changed, each with the one the clause now carries: theirs where
     * {@code ours} has no value for it (accepted), else ours (countered).
     */
    List<SupplierNote.Term> terms(GapReport.ClauseReport c, Map<String, Object> ours) {
        Clause clause = library.clauses().get(c.id());
        List<SupplierNote.Term> terms = new ArrayList<>();
        if (clause == null) return terms;
        for (GapReport.ParameterReport pr : c.parameters()) {
            Parameter p = clause.parameters().get(pr.name());
            if (p == null || pr.found() == null || pr.found().equals(pr.sent())) continue;
            String theirs = written(p, pr);
            terms.add(new SupplierNote.Term(p.label(), theirs, ours.containsKey(p.name()) ? ValueText.format(p, ours.get(p.name())) : theirs));
        }
        return terms;
    }

    /**
     * A value the supplier proposed, as the contract should write it: in our words, or, where they
     * stated it in another unit (ten days for business days), as they wrote it, since a converted
     * 7.1 business days says nothing the clause says.
     */
    static String written(Parameter p, GapReport.ParameterReport pr) {
        Matcher m = pr.foundText() == null ? null : CONVERTED.matcher(pr.foundText());
        if (m != null && m.matches()) return m.group(1);
        return ValueText.format(p, ValueText.fromPlain(p, pr.found()));
    }

    /** "ten (10) days (stated in days; compared as 7.1 business-days)": the text and gap's note on its unit. */
    private static final Pattern CONVERTED = Pattern.compile("(.+?) \\((?:[^()]*; )?stated in [^()]*\\)");

    /** Why we decided as we did, with the verdict, the findings and our positions: internal only. */
    String reason(GapReport.ClauseReport c) {
        String v = c.verdict().id().replace('-', ' ');
        List<String> rules = c.findings().stream().filter(f -> !f.rule().equals("silent-edit")).map(GapReport.Finding::title).toList();
        StringBuilder sb = new StringBuilder(v).append(rules.isEmpty() ? "" : " (" + String.join("; ", rules) + ")").append('.');
        if (c.silent()) sb.append(" Changed without tracked changes.");
        for (GapReport.ParameterReport p : c.parameters()) {
            if (p.found() == null || p.found().equals(p.sent())) continue;
            sb.append(' ').append(p.label()).append(": proposed ").append(p.foundText()).append("; our position: preferred ")
                    .append(ReportText.value(p, p.preferred())).append(", fallback ").append(ReportText.value(p, p.fallback()))
                    .append(", walk-away ").append(ReportText.value(p, p.walkAway())).append('.');
        }
        if (c.variant() != null && c.variant().found() != null && !c.variant().found().equals(c.variant().sent())) {
            ProfileClause pc = profile.clauses().get(c.id());
            sb.append(" Wording proposed: ").append(c.variant().found()).append("; acceptable to us: ")
                    .append(pc == null ? "" : String.join(", ", pc.acceptableVariants().value())).append('.');
        }
        if (c.mc2() != null && !c.mc2().isEmpty()) sb.append(" Reference: ").append(c.mc2()).append('.');
        return sb.toString();
    }
}
