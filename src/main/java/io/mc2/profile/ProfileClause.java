package io.mc2.profile;

import java.util.List;
import java.util.Map;

/**
 * One clause as the effective profile sets it up.
 *
 * @param acceptableVariants ordered, best first; at least the sent variant
 * @param parameters         every parameter of the clause, in clause order
 */
public record ProfileClause(
        String id,
        Sourced<Boolean> include,
        Sourced<String> variant,
        Sourced<List<String>> acceptableVariants,
        Sourced<Boolean> required,
        Sourced<Boolean> locked,
        Map<String, Position> parameters) {

    public ProfileClause {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    public boolean included() { return include.value(); }

    public boolean isRequired() { return required.value(); }

    public boolean isLocked() { return locked.value(); }
}
