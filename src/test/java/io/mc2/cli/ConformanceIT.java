package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The third-party conformance suite ({@code ../shared/conformance/run}): our packaged command line
 * over real Word documents from other projects' test suites, with the results those projects
 * assert. Runs in {@code mvn verify} after packaging; skipped, with a message, where the suite is
 * not beside the project.
 */
class ConformanceIT {

    @Test
    void everyThirdPartyCheckPasses() throws IOException, InterruptedException {
        Path suite = Path.of("..", "shared", "conformance", "run");
        Assumptions.assumeTrue(Files.isExecutable(suite), "SKIPPED: " + suite + " not found; conformance suite not run");
        Path jar = Path.of("target", "mc2.jar");
        assertTrue(Files.exists(jar), "the packaged jar is missing");
        Process p = new ProcessBuilder(List.of("python3", suite.toString(), "--mc2", "java -XX:TieredStopAtLevel=1 -jar " + jar))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "conformance suite timed out");
        System.out.println(out.strip());
        Matcher m = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(out);
        assertTrue(m.find(), "no summary line in:\n" + out);
        assertEquals("0", m.group(2), "conformance failures:\n" + out);
        assertEquals(0, p.exitValue());
    }
}
