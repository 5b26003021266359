package io.mc2.playbook;

import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Parameter values as a negotiator reads them in a table: "30 days", "3 business days",
 * "USD 5,000,000", "10%", "yes". Shorter than the contract's "thirty (30) days".
 */
public final class PositionText {
    /** Shown where a profile sets no value. */
    public static final String UNSET = "—";

    private PositionText() {
    }

    public static String of(Parameter p, Object value) {
        if (value == null) return UNSET;
        ParameterType t = p.type();
        if (value instanceof BigDecimal n) {
            if (t.isDuration()) {
                long whole = n.longValueExact();
                return whole + " " + t.unit(whole);
            }
            if (t == ParameterType.MONEY) {
                DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
                f.setRoundingMode(RoundingMode.HALF_EVEN);
                return (p.currency() == null ? "USD" : p.currency()) + " " + f.format(n);
            }
            if (t == ParameterType.PERCENT) return n.stripTrailingZeros().toPlainString() + "%";
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) return b ? "yes" : "no";
        return String.valueOf(value);
    }
}
