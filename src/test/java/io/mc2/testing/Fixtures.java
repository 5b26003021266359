package io.mc2.testing;

import java.nio.file.Path;

/** Paths of the test fixtures and the shipped files. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        return Path.of("src/test/resources/fixtures");
    }

    public static Path library() {
        return root().resolve("library");
    }

    public static Path profiles() {
        return root().resolve("profiles");
    }

    public static Path shippedClauses() {
        return Path.of("clauses");
    }

    public static Path shippedProfiles() {
        return Path.of("profiles");
    }

    /**
     * The shipped library and profiles as they were when the committed supplier redlines were made
     * (library 0.2.0). Tests that rate those fixtures use them, so that the draft regenerated from a
     * fixture's provenance is the draft it was made from; see the README in that folder.
     */
    public static Path fixtureClauses() {
        return Path.of("src/test/resources/fixtures/shipped-0.2.0/clauses");
    }

    /** The profiles that go with {@link #fixtureClauses()}. */
    public static Path fixtureProfiles() {
        return Path.of("src/test/resources/fixtures/shipped-0.2.0/profiles");
    }

    /** Copies a folder tree (a library, the profiles) so that a test may change or overwrite its files. */
    public static Path copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target);
                else java.nio.file.Files.copy(p, target);
            }
        }
        return to;
    }
}
