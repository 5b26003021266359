package io.mc2.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated clause library.
 *
 * @param clauses     by id, in document order (topic order, then file name)
 * @param definitions by term, alphabetical
 * @param hash        SHA-256 (hex) over every library file's path and bytes
 */
public record ClauseLibrary(
        Path dir,
        String name,
        String version,
        List<Topic> topics,
        Map<String, Clause> clauses,
        Map<String, DefinedTerm> definitions,
        String hash) {

    public ClauseLibrary {
        topics = List.copyOf(topics);
        clauses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clauses));
        definitions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(definitions));
    }

    /**
     * Every file of the library a command may read: library.yaml, definitions.yaml,
     * language-rules.yaml and each clause file (so that no output ever replaces one).
     */
    public List<Path> files() {
        List<Path> files = new java.util.ArrayList<>();
        for (String name : List.of("library.yaml", "definitions.yaml", "language-rules.yaml", "synonyms.yaml")) files.add(dir.resolve(name));
        for (Clause c : clauses.values()) files.add(c.source());
        return files;
    }

    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
