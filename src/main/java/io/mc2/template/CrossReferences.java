package io.mc2.template;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * {@code $ref} in templates: {@code $ref.to("clause-id")} prints a cross-reference to another
 * clause (resolved to its number after assembly), {@code $ref.has("clause-id")} says whether that
 * clause is in the draft. References to clauses that are not in the draft are collected.
 */
public final class CrossReferences {
    private final Predicate<String> present;
    private final Set<String> missing = new TreeSet<>();

    public CrossReferences(Predicate<String> present) {
        this.present = present;
    }

    public String to(String clauseId) {
        if (!present.test(clauseId)) missing.add(clauseId);
        return Markers.ref(clauseId);
    }

    public boolean has(String clauseId) {
        return present.test(clauseId);
    }

    /** Clause ids referred to with {@code to} that are not in the draft. */
    public Set<String> missing() {
        return missing;
    }
}
