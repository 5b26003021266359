package io.mc2.gap;

import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.model.ClauseInstance;
import io.mc2.profile.ProfileClause;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.DealView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rates a supplier's own wording of a library clause (their paper, not a redline of our draft)
 * against the profile, the way {@link GapEvaluator} rates a changed clause: our variants tried as
 * patterns first, else the values read by their unit and the language rules, each value rated by
 * {@link PositionRating}. Also the entries for clauses the paper leaves out and for its clauses
 * that address none of ours.
 */
public final class OfferRating {
    /** An amount of money written in running text: "USD 2,000,000", "$5 million", "EUR 3,000,000". */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:\\b[A-Z]{3}|US\\$|\\$|\u20ac|\u00a3)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:million|billion))?");
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|percent)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("\\d[\\d,]*\\s*\\)?\\s+(" + ValueRecovery.UNIT + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private final LanguageRules rules;
    private final ValueRecovery recovery;
    private final DealView deal;
    private final String mdm;
    private final String hdo;

    public OfferRating(LanguageRules rules, ClauseRenderer renderer, DealView deal, String mdm, String hdo) {
        this.rules = rules;
        this.recovery = new ValueRecovery(renderer);
        this.deal = deal;
        this.mdm = mdm;
        this.hdo = hdo;
    }

    /** The kinds of value a text states (days, hours, money ...): the library's value patterns, for retrieval. */
    public static Set<ParameterType> valueKinds(String text) {
        Set<ParameterType> out = EnumSet.noneOf(ParameterType.class);
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            ParameterType t = ValueRecovery.unitType(m.group(1));
            if (t != null) out.add(t);
        }
        if (AMOUNT.matcher(text).find()) out.add(ParameterType.MONEY);
        if (PERCENT.matcher(text).find()) out.add(ParameterType.PERCENT);
        return out;
    }

    /**
     * One library clause as the paper offers it.
     *
     * @param ours    our text of the clause (the variant the profile sends, rendered)
     * @param values  the supplier's sentences that address it, where its values are read
     * @param context the whole supplier clause (or clauses) they come from, where the language rules look
     * @param paper   the paper's clause numbers, e.g. "4.2, 7"
     */
    public GapReport.ClauseReport offered(Clause c, ClauseInstance ci, ProfileClause pc, String ours, String values, String context,
                                          String paper, List<GapReport.Finding> mapping) {
        Map<String, Object> sentValues = new LinkedHashMap<>();
        pc.parameters().forEach((k, pos) -> sentValues.put(k, pos.sent().value()));
        List<GapReport.Finding> findings = new ArrayList<>(mapping);
        List<GapReport.ParameterReport> params = new ArrayList<>();
        List<String> order = new ArrayList<>(List.of(ci.variant()));
        order.addAll(pc.acceptableVariants().value());
        Optional<ValueRecovery.Match> match = recovery.recover(c, order, sentValues, mdm, hdo, deal, values);
        String found = null;
        Verdict verdict;
        if (match.isPresent()) {
            found = match.get().variant();
            verdict = PositionRating.values(c, pc, match.get().values(), params,
                    PositionRating.variant(pc, ci.variant(), found, findings));
        } else {
            List<GapReport.Finding> fired = rules.applyToOffer(ours, context);
            Map<String, ValueRecovery.Found> read = new LinkedHashMap<>(UnitReading.byUnit(c, ours, values));
            read.putAll(byKind(c, values));
            read = RuleReading.withRules(c, sentValues, read, fired);
            // the supplier's own words: acceptable on their values unless a language rule says they depart from ours
            verdict = PositionRating.values(c, pc, read, params, fired.isEmpty() ? Verdict.MEETS_PREFERRED : Verdict.NEEDS_REVIEW);
            findings.addAll(fired);
            List<String> unread = unread(c, read);
            if (!unread.isEmpty()) {
                verdict = Verdict.worse(verdict, Verdict.NEEDS_REVIEW);
                findings.add(new GapReport.Finding("value-not-stated", "Value not found in the supplier's wording",
                        String.join(", ", unread), "medium"));
            }
        }
        return new GapReport.ClauseReport(ci.id(), "clause", ci.title(), ci.number(), ci.party(), ci.mc2Ref(), "offered", false, false,
                verdict, new GapReport.VariantReport(ci.variant(), found), params, findings, TextChanges.diff(ours, values), List.of(), paper);
    }

    /** A clause of the profile that the paper does not address. */
    public GapReport.ClauseReport missing(ClauseInstance ci, ProfileClause pc) {
        Verdict v = pc.isRequired() ? Verdict.MISSING_REQUIRED : Verdict.MISSING_OPTIONAL;
        GapReport.Finding f = new GapReport.Finding("clause-missing", "Not addressed by the supplier's paper",
                pc.isRequired() ? "the profile marks this clause as required (set at " + pc.required().where() + ")"
                        : "the profile does not mark this clause as required", pc.isRequired() ? "high" : "medium");
        return new GapReport.ClauseReport(ci.id(), "clause", ci.title(), ci.number(), ci.party(), ci.mc2Ref(), "missing", false, false,
                v, null, List.of(), List.of(f), List.of(), List.of(), null);
    }

    /** A clause of the paper that addresses none of the library's: the language rules say what it does. */
    public GapReport.ClauseReport novel(String id, String title, String text, String paper) {
        List<GapReport.Finding> findings = rules.apply("", text);
        return new GapReport.ClauseReport("novel:" + id, "novel", title, null, null, null, "inserted", false, false, Verdict.NOVEL, null,
                List.of(), findings, List.of(new GapReport.DiffPiece("insert", text)), List.of(), paper);
    }

    /** Money and percentages, read where the clause has one parameter of that kind and the text one value of it. */
    private static Map<String, ValueRecovery.Found> byKind(Clause c, String text) {
        Map<String, ValueRecovery.Found> out = new LinkedHashMap<>();
        for (ParameterType kind : List.of(ParameterType.MONEY, ParameterType.PERCENT)) {
            List<Parameter> ps = c.parameters().values().stream().filter(p -> p.type() == kind).toList();
            if (ps.size() != 1) continue;
            Matcher m = (kind == ParameterType.MONEY ? AMOUNT : PERCENT).matcher(text);
            List<String> seen = new ArrayList<>();
            while (m.find()) seen.add(m.group());
            if (seen.size() != 1) continue;
            ValueRecovery.Found f = ValueRecovery.valueOf(ps.get(0), seen.get(0));
            if (f != null) out.put(ps.get(0).name(), new ValueRecovery.Found(f.value(), f.text(),
                    f.note() != null ? f.note() : "read by its kind: the only amount of its kind in the supplier's wording"));
        }
        return out;
    }

    /** The clause's numeric parameters the supplier's wording gave no value for. */
    private static List<String> unread(Clause c, Map<String, ValueRecovery.Found> read) {
        List<String> out = new ArrayList<>();
        for (Parameter p : c.parameters().values()) {
            if (p.type().isNumeric() && !read.containsKey(p.name())) out.add(p.label());
        }
        return out;
    }
}
