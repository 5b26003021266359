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
}
