package io.mc2.profile;

import java.util.List;
import java.util.Map;

/**
 * One clause as the effective profile sets it up.
 *
 * @param acceptableVariants ordered, best first; at least the sent variant
 * @param parameters         every parameter of the clause, in clause order
 * @param ifNotApplicable    what stands in for the clause in a deal its applies-when excludes: a
 *                           variant to send instead, {@link #LEAVE_OUT}, or a null value when no
 *                           profile of the chain says
 */
public record ProfileClause(
        String id,
        Sourced<Boolean> include,
        Sourced<String> variant,
        Sourced<List<String>> acceptableVariants,
        Sourced<Boolean> required,
        Sourced<Boolean> locked,
        Map<String, Position> parameters,
        Sourced<String> ifNotApplicable) {

    /** {@code if-not-applicable: leave-out}: the profile means the clause to drop out of such deals. */
    public static final String LEAVE_OUT = "leave-out";

    public ProfileClause {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    public boolean included() { return include.value(); }

    public boolean isRequired() { return required.value(); }

    public boolean isLocked() { return locked.value(); }

    /** The variant to send in a deal the clause's applies-when excludes, or null (the clause drops out). */
    public String variantIfNotApplicable() {
        String v = ifNotApplicable.value();
        return v == null || v.equals(LEAVE_OUT) ? null : v;
    }
}
