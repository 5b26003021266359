package io.mc2.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shipped clause library and profiles are: the {@code mc2.home} system property (the
 * launcher sets it), else {@code MC2_HOME}, else the folder above the jar's {@code target/},
 * else the working directory.
 */
public final class Mc2Home {
    private Mc2Home() {
    }

    public static Path locate() {
        String prop = System.getProperty("mc2.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("MC2_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        try {
            Path code = Path.of(Mc2Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("clauses")) && Files.isDirectory(p.resolve("profiles"))) return p;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("");
    }

    public static Path clauses() {
        return locate().resolve("clauses");
    }

    public static Path profiles() {
        return locate().resolve("profiles");
    }
}
