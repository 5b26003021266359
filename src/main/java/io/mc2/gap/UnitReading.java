package io.mc2.gap;

import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.template.LegalNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations read from wording that matches none of a clause's variants, by their unit alone,
 * where that leaves no doubt which parameter a duration is.
 */
final class UnitReading {
    private UnitReading() {
    }

    /** A duration written anywhere in running text: "ninety (90) days", "90 business days", "(24) months". */
    private static final Pattern DURATION_IN_TEXT = Pattern.compile(
            "\\(?\\s*(\\d[\\d,]*)\\s*\\)?\\s+(" + ValueRecovery.UNIT + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * For wording that matches none of the variants: the value of each duration parameter that is
     * the only one of its unit in the clause, read from the one duration of that unit in the
     * supplier's text, when our text also has exactly one. Anything less certain is left unread.
     */
    static Map<String, ValueRecovery.Found> byUnit(Clause clause, String sentText, String foundText) {
        Map<String, ValueRecovery.Found> out = new LinkedHashMap<>();
        for (Parameter p : clause.parameters().values()) {
            if (!p.type().isDuration()) continue;
            long sameUnit = clause.parameters().values().stream().filter(q -> q.type() == p.type()).count();
            if (sameUnit != 1) continue;
            List<Written> ours = durations(sentText, p.type());
            List<Written> theirs = durations(foundText, p.type());
            if (ours.size() != 1 || theirs.size() != 1) continue;
            Written w = theirs.get(0);
            out.put(p.name(), new ValueRecovery.Found(w.value(), w.text(), "read by its unit: the wording matches none of the clause's variants"));
        }
        return out;
    }

    private record Written(BigDecimal value, String text) {
    }

    /** The durations of {@code type} in {@code text}, each with the number in words before it when there is one. */
    private static List<Written> durations(String text, ParameterType type) {
        List<Written> out = new ArrayList<>();
        Matcher m = DURATION_IN_TEXT.matcher(text);
        while (m.find()) {
            if (ValueRecovery.unitType(m.group(2)) != type) continue;
            long n = Long.parseLong(m.group(1).replace(",", ""));
            String[] before = text.substring(0, m.start()).strip().split("\\s+");
            String words = null;
            for (int k = Math.min(4, before.length); k >= 1 && words == null; k--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(before, before.length - k, before.length));
                if (LegalNumber.parse(candidate) == n) words = candidate;
            }
            out.add(new Written(BigDecimal.valueOf(n), (words == null ? "" : words + " ") + m.group().strip()));
        }
        return out;
    }
}
