package io.mc2.library;

import java.math.BigDecimal;
import java.util.List;

/**
 * A typed value a clause's wording uses. Values are held as {@link BigDecimal} (numeric types),
 * {@link Boolean} or {@link String}.
 *
 * @param name         the name templates use, e.g. {@code window}
 * @param type         its type
 * @param label        a human label, e.g. "Patch window, critical Vulnerabilities"
 * @param defaultValue the value when no profile sets one
 * @param min          inclusive lower bound, or null
 * @param max          inclusive upper bound, or null
 * @param stricter     which direction protects the HDO
 * @param values       enum values (empty for other types)
 * @param currency     ISO currency code for money, else null
 * @param falseWhen    for a boolean: the id of a language rule whose firing on the supplier's wording
 *                     means the supplier struck the duty this value turns on (so it reads as false), else null
 */
public record Parameter(
        String name,
        ParameterType type,
        String label,
        Object defaultValue,
        BigDecimal min,
        BigDecimal max,
        Stricter stricter,
        List<String> values,
        String currency,
        String falseWhen) {

    public Parameter {
        values = List.copyOf(values);
    }

    /** A parameter that no language rule reads. */
    public Parameter(String name, ParameterType type, String label, Object defaultValue, BigDecimal min, BigDecimal max,
                     Stricter stricter, List<String> values, String currency) {
        this(name, type, label, defaultValue, min, max, stricter, values, currency, null);
    }

    /** Digits a numeric value may have before and after the point. */
    private static final int MAX_DIGITS = 15;

    /**
     * Checks a value of this parameter; returns what is wrong with it, or null when it is fine.
     * The value must already be of the Java class {@link #coerce} gives.
     */
    public String check(Object value) {
        if (value == null) return "no value";
        switch (type) {
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) return "expected true or false, found '" + value + "'";
            }
            case TEXT -> {
                if (!(value instanceof String)) return "expected text, found '" + value + "'";
            }
            case ENUM -> {
                if (!(value instanceof String s) || !values.contains(s)) {
                    return "'" + value + "' is not one of " + values;
                }
            }
            default -> {
                if (!(value instanceof BigDecimal n)) return "expected a number of " + type.yamlName() + ", found '" + value + "'";
                // before anything prints it in full: 1e309 would be 310 digits, 1e-999999999 a billion
                if (n.precision() - n.scale() > MAX_DIGITS) return "the number " + n + " is too large";
                if (n.scale() > MAX_DIGITS) return "the number " + n + " has too many decimal places";
                if (type != ParameterType.MONEY && type != ParameterType.PERCENT && n.stripTrailingZeros().scale() > 0) {
                    return "expected a whole number of " + type.yamlName() + ", found " + n.toPlainString();
                }
                if (n.signum() < 0) return "must not be negative, found " + n.toPlainString();
                if (min != null && n.compareTo(min) < 0) return n.toPlainString() + " is below the minimum " + min.toPlainString();
                if (max != null && n.compareTo(max) > 0) return n.toPlainString() + " is above the maximum " + max.toPlainString();
            }
        }
        return null;
    }

    /** Converts a YAML scalar to this parameter's Java value class; returns the input when it cannot. */
    public Object coerce(Object raw) {
        if (raw == null) return null;
        if (type.isNumeric()) {
            if (raw instanceof BigDecimal b) return b;
            if (raw instanceof Number n) return new BigDecimal(n.toString());
            if (raw instanceof String s) {
                try {
                    return new BigDecimal(s.trim());
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return raw;
        }
        if (type == ParameterType.BOOLEAN) return raw;
        return raw instanceof String ? raw : raw.toString();
    }

    /**
     * Compares two valid values by how strongly they protect the HDO: negative when {@code a} is
     * stricter than {@code b}, zero when equally strict, positive when looser. Values of
     * parameters without an order compare as equal when equal and 1 otherwise.
     */
    public int compareStrictness(Object a, Object b) {
        if (a.equals(b) || (a instanceof BigDecimal x && b instanceof BigDecimal y && x.compareTo(y) == 0)) return 0;
        if (type == ParameterType.BOOLEAN) {
            // true (the duty applies) is the stricter choice for the HDO
            return Boolean.TRUE.equals(a) ? -1 : 1;
        }
        return switch (stricter) {
            case LOWER -> ((BigDecimal) a).compareTo((BigDecimal) b);
            case HIGHER -> ((BigDecimal) b).compareTo((BigDecimal) a);
            case EARLIER_IN_LIST -> Integer.compare(values.indexOf(a), values.indexOf(b));
            case NONE -> 1;
        };
    }

    /** Whether values of this parameter have a strictness order positions can be checked against. */
    public boolean isOrdered() {
        return type == ParameterType.BOOLEAN || stricter == Stricter.LOWER || stricter == Stricter.HIGHER
                || stricter == Stricter.EARLIER_IN_LIST;
    }
}
