package io.mc2.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Identifies this build of mc2 (the generator recorded in every draft's provenance). */
public final class Generator {
    private static final String VERSION = load();

    private Generator() {
    }

    /** The project version, e.g. "0.1.0". */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Generator.class.getResourceAsStream("/io/mc2/version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
