package io.mc2.testing;

import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Guidance;
import io.mc2.library.Parameter;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import io.mc2.template.ValueText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must never reach the supplier for one profile: the internal guidance of its clauses (each
 * whole text and each of its sentences of six words or more), every preferred, fallback and
 * walk-away value as the contract would write it (and a duration also in digits, as our reports
 * write it), clause by clause, and profile names.
 *
 * @param guidance  whitespace-normalised texts
 * @param positions clause title to the position texts of its numeric parameters
 * @param labels    profile names
 */
public record OutboundSecrets(Set<String> guidance, Map<String, List<PositionText>> positions, Set<String> labels) {

    /** One position as text, e.g. fallback "forty-five (45) days" of the patch window. */
    public record PositionText(String what, String text) {
    }

    public static OutboundSecrets of(ClauseLibrary library, ResolvedProfile profile, Set<String> labels) {
        Set<String> guidance = new LinkedHashSet<>();
        Map<String, List<PositionText>> positions = new LinkedHashMap<>();
        for (ProfileClause pc : profile.included()) {
            Clause c = library.clauses().get(pc.id());
            Guidance g = c.guidance();
            for (String text : List.of(g.why(), g.supplierChanges(), g.fallback())) {
                String t = normalise(text);
                guidance.add(t);
                for (String sentence : t.split("(?<=[.;:])\\s+")) {
                    if (sentence.split(" ").length >= 6) guidance.add(sentence);
                }
            }
            List<PositionText> texts = new ArrayList<>();
            for (Parameter p : c.parameters().values()) {
                Position pos = pc.parameters().get(p.name());
                if (pos == null || !p.type().isNumeric()) continue;
                add(texts, p, "preferred", pos.preferred());
                add(texts, p, "fallback", pos.fallback());
                add(texts, p, "walk-away", pos.walkAway());
            }
            positions.put(c.title(), texts);
        }
        return new OutboundSecrets(guidance, positions, labels);
    }

    /** The value as the contract writes it, and for durations also as a report does ("45 days"). */
    private static void add(List<PositionText> texts, Parameter p, String kind, Sourced<Object> value) {
        if (value == null) return;
        String what = kind + " of " + p.label();
        texts.add(new PositionText(what, ValueText.format(p, value.value())));
        if (p.type().isDuration()) {
            long n = ((BigDecimal) value.value()).longValueExact();
            texts.add(new PositionText(what, n + " " + p.type().unit(n)));
        }
    }

    /** Whitespace runs as one space, trimmed. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
