package io.mc2.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One clause of the library: a duty on one topic, carried by one party, with typed parameters and
 * alternative wordings.
 *
 * @param appliesWhen the condition on deal facts, or {@link Condition#ALWAYS}
 * @param variants    in file order; the first is the default
 * @param source      the clause file
 */
public record Clause(
        String id,
        String title,
        String topic,
        String party,
        List<Mc2Reference> mc2,
        Pillar pillar,
        Condition appliesWhen,
        Map<String, Parameter> parameters,
        Map<String, Variant> variants,
        List<String> terms,
        Guidance guidance,
        Path source) {

    public Clause {
        mc2 = List.copyOf(mc2);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        variants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
        terms = List.copyOf(terms);
    }

    public Variant defaultVariant() {
        return variants.values().iterator().next();
    }

    /** MC2 references as one display string, e.g. "MC2 v2 #31 (unverified)"; empty when none. */
    public String mc2Display() {
        return String.join("; ", mc2.stream().map(Mc2Reference::display).toList());
    }
}
