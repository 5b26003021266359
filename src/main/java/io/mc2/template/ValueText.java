package io.mc2.template;

import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How parameter values read in a contract, consistently everywhere (clause text, key-terms schedule). */
public final class ValueText {
    private ValueText() {
    }

    /** The value with its unit: "thirty (30) days", "USD 5,000,000", "ten percent (10%)", "Yes". */
    public static String format(Parameter p, Object value) {
        ParameterType t = p.type();
        if (t.isDuration()) {
            BigDecimal d = ((BigDecimal) value).stripTrailingZeros();
            // a value converted from another unit (ten days as 7.1 business days) has no words
            if (d.scale() > 0) return d.toPlainString() + " " + t.unit(2);
            long n = d.longValueExact();
            return LegalNumber.wordsAndDigits(n) + " " + t.unit(n);
        }
        return switch (t) {
            case MONEY -> (p.currency() == null ? "USD" : p.currency()) + " " + grouped((BigDecimal) value);
            case PERCENT -> percent((BigDecimal) value);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            default -> String.valueOf(value);
        };
    }

    /** The number without its unit: "thirty (30)"; for other types the same as {@link #format}. */
    public static String number(Parameter p, Object value) {
        if (p.type().isDuration()) {
            BigDecimal d = ((BigDecimal) value).stripTrailingZeros();
            return d.scale() > 0 ? d.toPlainString() : LegalNumber.wordsAndDigits(d.longValueExact());
        }
        return format(p, value);
    }

    /** A value as YAML or a report shows it: "30", "5000000", "true", "CycloneDX". */
    public static String plain(Object value) {
        if (value instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        return String.valueOf(value);
    }

    /** The inverse of {@link #plain}: "30", "true", "CycloneDX" back as the parameter's value. */
    public static Object fromPlain(Parameter p, String plain) {
        if (p.type() == ParameterType.BOOLEAN && (plain.equals("true") || plain.equals("false"))) return Boolean.valueOf(plain);
        return p.coerce(plain);
    }

    private static String percent(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            long n = s.longValueExact();
            return LegalNumber.words(n) + " percent (" + n + "%)";
        }
        return s.toPlainString() + " percent (" + s.toPlainString() + "%)";
    }

    private static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }
}
