package io.mc2.gap;

import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Booleans read from the language rules that fire on wording matching none of a clause's variants:
 * a parameter whose clause file says {@code false-when: RULE} reads as false when RULE fires, so the
 * supplier striking "at no charge" is rated against our positions on the cost, not only flagged.
 */
final class RuleReading {
    private RuleReading() {
    }

    /**
     * {@code values} with each boolean that a fired rule answers set to false. Only a parameter we sent
     * as true is read: where we sent false there was no duty for the supplier to strike.
     */
    static Map<String, ValueRecovery.Found> withRules(Clause clause, Map<String, Object> sent,
                                                      Map<String, ValueRecovery.Found> values, List<GapReport.Finding> fired) {
        Map<String, ValueRecovery.Found> out = new LinkedHashMap<>(values);
        for (Parameter p : clause.parameters().values()) {
            if (p.falseWhen() == null || !Boolean.TRUE.equals(sent.get(p.name()))) continue;
            fired.stream().filter(f -> f.rule().equals(p.falseWhen())).findFirst().ifPresent(f -> out.put(p.name(),
                    new ValueRecovery.Found(false, f.evidence(), "read from the language rule '" + f.rule()
                            + "': the wording matches none of the clause's variants")));
        }
        return out;
    }
}
