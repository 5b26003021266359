package io.mc2.serve;

import io.mc2.gap.GapReport;

/**
 * A gap report narrowed to the entries a person has to look at: a verdict beyond fallback, a
 * silent edit or an open supplier comment. The summary stays the whole document's.
 */
final class NeedsPerson {
    private NeedsPerson() {
    }

    static GapReport of(GapReport r) {
        return new GapReport(r.schema(), r.redline(), r.draft(), r.summary(), r.clauses().stream().filter(NeedsPerson::needs).toList());
    }

    static boolean needs(GapReport.ClauseReport c) {
        return c.verdict().needsHuman() || c.silent() || c.comments().stream().anyMatch(x -> !x.resolved());
    }
}
