package io.mc2.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares text with a file under {@code src/test/resources/golden/}; with
 * {@code -Dgolden.update=true} rewrites the file instead (review the diff in git).
 */
public final class Golden {
    private Golden() {
    }

    public static void assertMatches(String relative, String actual) {
        Path file = Path.of("src/test/resources/golden").resolve(relative);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                if (!Boolean.getBoolean("golden.update")) {
                    throw new AssertionError("golden file " + file + " is missing; run with -Dgolden.update=true to create it");
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
