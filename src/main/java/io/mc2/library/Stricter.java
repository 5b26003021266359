package io.mc2.library;

/** Which direction of a parameter protects the HDO more. */
public enum Stricter {
    /** A smaller number is stricter (e.g. a patch window). */
    LOWER,
    /** A larger number is stricter (e.g. an insurance limit, a notice period). */
    HIGHER,
    /** For enums: values listed earlier are stricter. */
    EARLIER_IN_LIST,
    /** No order: any listed value is as good as another. */
    NONE;

    public static Stricter fromYaml(String s) {
        return switch (s) {
            case "lower" -> LOWER;
            case "higher" -> HIGHER;
            case "earlier-in-list" -> EARLIER_IN_LIST;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown strictness " + s);
        };
    }
}
