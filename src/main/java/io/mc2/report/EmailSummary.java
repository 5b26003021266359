package io.mc2.report;

import io.mc2.gap.GapReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What a negotiator may tell the supplier about their return, taken out of a gap report: which
 * clauses we accept, which we will counter or restore, and which we are still reviewing, with
 * reasons in plain words. It carries no positions, guidance, verdict names or profile name: a
 * writer given only this cannot leak them. The grouping follows what {@code mc2 respond} does
 * with each verdict, so the email and the counter-redline say the same.
 *
 * @param file        the supplier's file name
 * @param clauses     clauses compared
 * @param unchanged   clauses returned as we sent them
 * @param accepted    changes we accept as returned
 * @param countered   changes we will answer with other terms
 * @param restored    changes we cannot accept: our text goes back
 * @param reviewing   what a person on our side still has to look at, each with why
 * @param missing     our clauses a supplier's own paper does not cover (our draft includes them); one
 *                    list whether the profile requires them or not, so the email does not tell which we
 *                    could do without
 */
public record EmailSummary(String file, int clauses, int unchanged, List<Item> accepted, List<Item> countered, List<Item> restored,
                           List<Item> reviewing, List<Item> missing) {

    /** A clause ("6.1 Security Patches for Critical Vulnerabilities") and what to say about it, or "". */
    public record Item(String heading, String detail) {
    }

    public static EmailSummary of(GapReport r) {
        List<Item> accepted = new ArrayList<>();
        List<Item> countered = new ArrayList<>();
        List<Item> restored = new ArrayList<>();
        List<Item> reviewing = new ArrayList<>();
        List<Item> missing = new ArrayList<>();
        int unchanged = 0;
        for (GapReport.ClauseReport c : r.clauses()) {
            String heading = ReportText.heading(c);
            boolean open = c.comments().stream().anyMatch(x -> !x.resolved());
            if (c.silent()) {
                reviewing.add(new Item(heading, "the text was changed without a tracked change; we restore ours"));
                continue;
            }
            if (open) {
                reviewing.add(new Item(heading, "your comment is open"));
                continue;
            }
            switch (c.verdict()) {
                case UNCHANGED -> {
                    if ("clause".equals(c.kind())) unchanged++;
                }
                case MEETS_PREFERRED, WITHIN_FALLBACK, DELETED_OPTIONAL -> accepted.add(new Item(heading, proposed(c)));
                case NEEDS_ESCALATION -> countered.add(new Item(heading, proposed(c)));
                case BEYOND_WALK_AWAY -> restored.add(new Item(heading, proposed(c)));
                case DELETED_REQUIRED -> restored.add(new Item(heading, "you deleted it; it stays in the agreement"));
                case MISSING_REQUIRED, MISSING_OPTIONAL -> missing.add(new Item(heading, ""));
                case NOVEL -> reviewing.add(new Item(heading, "new text you added"));
                case NEEDS_REVIEW -> reviewing.add(new Item(heading, why(c)));
            }
        }
        return new EmailSummary(r.redline().file(), r.summary().clauses(), unchanged, accepted, countered, restored, reviewing, missing);
    }

    /** "you proposed 60 days for patch window, critical vulnerabilities" from the values read in the supplier's text; "" when none was read. */
    private static String proposed(GapReport.ClauseReport c) {
        List<String> values = new ArrayList<>();
        for (GapReport.ParameterReport p : c.parameters()) {
            if (p.found() == null || p.found().equals(p.sent())) continue;
            values.add(ReportText.value(p, p.found()) + " for " + p.label().toLowerCase(java.util.Locale.ROOT));
        }
        return values.isEmpty() ? "" : "you proposed " + String.join(", ", values);
    }

    /** Why a clause rated needs-review needs a person, in the supplier's terms. */
    private static String why(GapReport.ClauseReport c) {
        if (c.findings().stream().anyMatch(f -> "schedule-inconsistent".equals(f.rule()))) {
            return "the Key Terms Schedule and the clause now say different things";
        }
        if ("deleted".equals(c.change())) return "you deleted it";
        return "the wording changed in a way we need to review";
    }
}
