package io.mc2.library;

/** The types a clause parameter can have; numeric ones carry a unit a lawyer writes after the number. */
public enum ParameterType {
    DAYS("days", "day", "days"),
    BUSINESS_DAYS("business-days", "business day", "business days"),
    HOURS("hours", "hour", "hours"),
    MONTHS("months", "month", "months"),
    YEARS("years", "year", "years"),
    MONEY("money", null, null),
    PERCENT("percent", null, null),
    ENUM("enum", null, null),
    BOOLEAN("boolean", null, null),
    TEXT("text", null, null);

    private final String yamlName;
    private final String singular;
    private final String plural;

    ParameterType(String yamlName, String singular, String plural) {
        this.yamlName = yamlName;
        this.singular = singular;
        this.plural = plural;
    }

    public String yamlName() { return yamlName; }

    /** A duration: days, business days, hours, months or years. */
    public boolean isDuration() { return singular != null; }

    public boolean isNumeric() { return isDuration() || this == MONEY || this == PERCENT; }

    /** The unit word for {@code n}, e.g. "day" or "business days"; null for non-durations. */
    public String unit(long n) { return n == 1 ? singular : plural; }

    public static ParameterType fromYaml(String name) {
        for (ParameterType t : values()) if (t.yamlName.equals(name)) return t;
        throw new IllegalArgumentException("unknown parameter type " + name);
    }
}
