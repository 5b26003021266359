package io.mc2.gap;

import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.Sourced;
import io.mc2.template.ValueText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Rates the wording and the values a supplier proposes for a clause against our profile's positions. */
final class PositionRating {
    private PositionRating() {
    }

    /**
     * Rates the values found for the clause's parameters into {@code out} and returns the worse of
     * {@code verdict} and theirs. Only parameters in {@code found} are rated: a parameter the
     * supplier's wording does not hold is not a value they propose.
     */
    static Verdict values(Clause c, ProfileClause pc, Map<String, ValueRecovery.Found> found, List<GapReport.ParameterReport> out,
                          Verdict verdict) {
        for (Parameter p : c.parameters().values()) {
            ValueRecovery.Found f = found.get(p.name());
            if (f == null) continue;
            GapReport.ParameterReport pr = parameter(p, pc.parameters().get(p.name()), f);
            out.add(pr);
            verdict = Verdict.worse(verdict, pr.verdict());
        }
        return verdict;
    }

    /**
     * The verdict on the wording alone. The wording we sent is acceptable by definition, so its
     * values decide; another wording rates by its rank among the profile's acceptable variants.
     */
    static Verdict variant(ProfileClause pc, String sent, String found, List<GapReport.Finding> findings) {
        if (found.equals(sent)) return Verdict.MEETS_PREFERRED;
        List<String> acceptable = pc.acceptableVariants().value();
        int i = acceptable.indexOf(found);
        if (i == 0) return Verdict.MEETS_PREFERRED;
        if (i > 0) return Verdict.WITHIN_FALLBACK;
        findings.add(new GapReport.Finding("variant-not-acceptable", "Wording not acceptable",
                "the supplier's text is the '" + found + "' wording; acceptable: " + acceptable + " (set at "
                        + pc.acceptableVariants().where() + ")", "high"));
        return Verdict.BEYOND_WALK_AWAY;
    }

    /** The reports with the value each parameter was sent with, where that is not the rating profile's own. */
    static List<GapReport.ParameterReport> asSent(List<GapReport.ParameterReport> reports, Map<String, Object> sent) {
        List<GapReport.ParameterReport> out = new java.util.ArrayList<>(reports.size());
        for (GapReport.ParameterReport r : reports) {
            Object v = sent.get(r.name());
            out.add(v == null ? r : new GapReport.ParameterReport(r.name(), r.label(), r.unit(), ValueText.plain(v), r.found(),
                    r.foundText(), r.preferred(), r.fallback(), r.walkAway(), r.verdict()));
        }
        return out;
    }

    private static GapReport.ParameterReport parameter(Parameter p, Position pos, ValueRecovery.Found f) {
        Object value = f.value();
        Verdict v = rate(p, pos, value);
        String foundText = f.text() + (f.note() == null ? "" : " (" + f.note() + ")");
        return new GapReport.ParameterReport(p.name(), p.label(), unit(p), plain(pos.sent()), value == null ? null : ValueText.plain(value),
                foundText, plain(pos.preferred()), plain(pos.fallback()), plain(pos.walkAway()), v);
    }

    /** Rates a found value against our positions. */
    static Verdict rate(Parameter p, Position pos, Object found) {
        if (found == null) return Verdict.NEEDS_REVIEW;
        if (p.check(found) != null && !(found instanceof BigDecimal)) return Verdict.NEEDS_REVIEW;
        Object preferred = pos.preferred() != null ? pos.preferred().value() : pos.sent().value();
        if (!p.isOrdered()) {
            if (same(found, pos.sent().value()) || same(found, preferred)) return Verdict.MEETS_PREFERRED;
            if (pos.fallback() != null && same(found, pos.fallback().value())) return Verdict.WITHIN_FALLBACK;
            if (pos.walkAway() != null && same(found, pos.walkAway().value())) return Verdict.NEEDS_ESCALATION;
            return Verdict.NEEDS_REVIEW;
        }
        if (p.compareStrictness(found, preferred) <= 0) return Verdict.MEETS_PREFERRED;
        if (pos.fallback() != null && p.compareStrictness(found, pos.fallback().value()) <= 0) return Verdict.WITHIN_FALLBACK;
        if (pos.walkAway() != null && p.compareStrictness(found, pos.walkAway().value()) <= 0) return Verdict.NEEDS_ESCALATION;
        if (pos.walkAway() == null && pos.fallback() == null) return Verdict.NEEDS_REVIEW;
        return Verdict.BEYOND_WALK_AWAY;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return a != null && a.equals(b);
    }

    /** What the plain values are counted in: the duration type, "percent", or the currency of money. */
    private static String unit(Parameter p) {
        if (p.type().isDuration()) return p.type().yamlName();
        return switch (p.type()) {
            case PERCENT -> "percent";
            case MONEY -> p.currency() == null ? "USD" : p.currency();
            default -> null;
        };
    }

    private static String plain(Sourced<Object> s) {
        return s == null ? null : ValueText.plain(s.value());
    }
}
