package io.mc2.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other commands start as fast as before: they load none of the web server's classes, nor the web app's. */
class ServeColdStartTest {

    private static List<String> loaded(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Xshare:off", "-cp", System.getProperty("java.class.path"), "io.mc2.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().filter(l -> l.contains("io.javalin") || l.contains("org.eclipse.jetty") || l.contains("io.mc2.serve")).toList();
    }

    @Test
    void helpAndOtherCommandsLoadNoServerClass() throws Exception {
        assertEquals(List.of(), loaded("--help"), "the full command tree");
        assertEquals(List.of(), loaded("library", "list"));
        assertEquals(List.of(), loaded("serve", "--help"), "even serve's own help");
    }

    @Test
    void serveIsListed() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.mc2.cli.Main", "--help").redirectErrorStream(true).start();
        assertTrue(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("serve"));
        p.waitFor();
    }
}
