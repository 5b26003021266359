package io.mc2.gap;

import java.util.Locale;

/** What the gap analysis says of one clause (or parameter), from best to worst for us. */
public enum Verdict {
    UNCHANGED,
    MEETS_PREFERRED,
    WITHIN_FALLBACK,
    NEEDS_ESCALATION,
    NEEDS_REVIEW,
    BEYOND_WALK_AWAY,
    DELETED_OPTIONAL,
    DELETED_REQUIRED,
    /** A clause of the profile that a supplier's own paper never addresses, not required by the profile. */
    MISSING_OPTIONAL,
    /** A clause the profile requires that a supplier's own paper never addresses. */
    MISSING_REQUIRED,
    NOVEL;

    /** The report name, e.g. "needs-escalation". */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a person has to look at it (exit code 1). */
    public boolean needsHuman() {
        return this != UNCHANGED && this != MEETS_PREFERRED && this != WITHIN_FALLBACK;
    }

    /** The worse of two verdicts on the same clause. */
    public static Verdict worse(Verdict a, Verdict b) {
        return a.severity() >= b.severity() ? a : b;
    }

    /** How bad it is, from 0 (unchanged) up: what {@link #worse} and the reports' sorting go by. */
    public int severity() {
        return switch (this) {
            case UNCHANGED -> 0;
            case MEETS_PREFERRED -> 1;
            case WITHIN_FALLBACK -> 2;
            case NEEDS_ESCALATION -> 3;
            case NEEDS_REVIEW -> 4;
            case BEYOND_WALK_AWAY -> 5;
            case DELETED_OPTIONAL -> 6;
            case MISSING_OPTIONAL -> 7;
            case NOVEL -> 8;
            case DELETED_REQUIRED -> 9;
            case MISSING_REQUIRED -> 10;
        };
    }
}
