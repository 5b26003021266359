package io.mc2.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective profile after inheritance: for every clause of the library, whether it is in, the
 * wording, values and positions — each value with the file that set it.
 *
 * @param chain   the profile files from this profile up to the root
 * @param clauses by id in library order (clauses no profile lists are absent)
 * @param hash    SHA-256 (hex) over the chain's files
 */
public record ResolvedProfile(
        String id,
        String name,
        String version,
        String publisher,
        String description,
        List<Path> chain,
        Sourced<String> hdoName,
        Sourced<String> mdmName,
        Sourced<String> documentTitle,
        Map<String, ProfileClause> clauses,
        String hash) {

    public ResolvedProfile {
        chain = List.copyOf(chain);
        clauses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clauses));
    }

    public Optional<ProfileClause> clause(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** The included clauses, in library order. */
    public List<ProfileClause> included() {
        return clauses.values().stream().filter(ProfileClause::included).toList();
    }
}
