package io.mc2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command in the README's {@code sh} blocks runs as written from a fresh clone: each block
 * in its own copy of the committed files (with the packaged jar, so {@code ./mc2} does not build),
 * its lines in order, through bash. A command may exit 0, or 1 ("needs a person"); 2 and above
 * fail; a line whose comment starts {@code # exit N} must exit with exactly N. A line is skipped only when its comment marks it — {@code [server]} (starts a server),
 * {@code [maven]} (runs Maven), {@code [libreoffice]} (needs soffice, skipped only where it is
 * absent) — and every skip is printed with its reason.
 */
class ReadmeCommandsIT {
    static final Path README = Path.of("README.md");
    static final Path JAR = Path.of("target", "mc2.jar");

    /** One command line of a block, with the README line it is on. */
    record Line(int number, String command, String comment) {
    }

    @TestFactory
    Stream<DynamicTest> everyFencedCommandRuns() throws IOException {
        Assumptions.assumeTrue(Files.exists(JAR), "SKIPPED: the packaged jar is missing (run mvn package first)");
        List<String> committed = committedFiles();
        List<List<Line>> blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 8, "sh blocks found: " + blocks.size());
        return blocks.stream().map(block -> DynamicTest.dynamicTest("README.md:" + block.get(0).number(), () -> run(block, committed)));
    }

    private void run(List<Line> block, List<String> committed) throws Exception {
        Path clone = Files.createTempDirectory("mc2-readme");
        for (String f : committed) {
            Path target = clone.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(f), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(clone.resolve("target"));
        // the jar newer than every source: the launcher runs it instead of building
        Files.copy(JAR, clone.resolve("target/mc2.jar"));
        Files.setLastModifiedTime(clone.resolve("target/mc2.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        for (Line l : block) {
            String skip = skipReason(l);
            if (skip != null) {
                System.out.println("README.md:" + l.number() + ": SKIPPED (" + skip + "): " + l.command());
                continue;
            }
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", l.command()).directory(clone.toFile()).redirectErrorStream(true);
            pb.redirectOutput(clone.resolve(".readme-out").toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "README.md:" + l.number() + " took over 2 minutes: " + l.command());
            String out = Files.readString(clone.resolve(".readme-out"), StandardCharsets.UTF_8);
            assertTrue(p.exitValue() <= 1, "README.md:" + l.number() + " exited " + p.exitValue() + ": " + l.command() + "\n" + out);
            Integer promised = promisedExit(l);
            if (promised != null) {
                assertEquals(promised, p.exitValue(), "README.md:" + l.number() + " says '" + l.comment().strip() + "': " + l.command() + "\n" + out);
            }
            System.out.println("README.md:" + l.number() + ": exit " + p.exitValue() + ": " + l.command());
        }
    }

    /** The exit code a line's comment promises ({@code # exit 1: ...}), or null when it promises none. */
    static Integer promisedExit(Line l) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^#\\s*exit (\\d+)\\b").matcher(l.comment().strip());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String skipReason(Line l) {
        String c = l.comment().toLowerCase(java.util.Locale.ROOT);
        if (c.contains("[server]")) return "starts a server that runs until Ctrl-C; ServeHttpTest covers it";
        if (c.contains("[maven]")) return "runs Maven; this test is part of that build";
        if (c.contains("[libreoffice]") && !onPath("soffice")) return "needs LibreOffice (soffice), not installed";
        return null;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /** The lines of each {@code ```sh} block, a trailing {@code # comment} split off. */
    static List<List<Line>> blocks(List<String> readme) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = null;
        for (int i = 0; i < readme.size(); i++) {
            String s = readme.get(i);
            if (current == null && s.strip().equals("```sh")) {
                current = new ArrayList<>();
            } else if (current != null && s.strip().equals("```")) {
                if (!current.isEmpty()) blocks.add(current);
                current = null;
            } else if (current != null && !s.isBlank() && !s.strip().startsWith("#")) {
                int hash = commentStart(s);
                current.add(new Line(i + 1, (hash < 0 ? s : s.substring(0, hash)).strip(), hash < 0 ? "" : s.substring(hash)));
            }
        }
        return blocks;
    }

    /** Where a shell comment starts: a {@code #} after white space, outside quotes; -1 when none. */
    static int commentStart(String s) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '#' && !single && !dbl && i > 0 && Character.isWhitespace(s.charAt(i - 1))) return i;
        }
        return -1;
    }

    /** The files a fresh clone has: git's list when this is a work tree, else everything but build output. */
    static List<String> committedFiles() throws IOException {
        try {
            Process p = new ProcessBuilder("git", "ls-files", "-z").redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor() == 0 && out.length > 0) {
                List<String> files = new ArrayList<>();
                for (String f : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!f.isEmpty() && Files.isRegularFile(Path.of(f))) files.add(f);
                }
                return files;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(Path.of(""))) {
            return all.filter(Files::isRegularFile).map(Path::toString)
                    .filter(f -> !f.startsWith("target") && !f.startsWith(".git") && !f.startsWith("negotiation")).toList();
        }
    }

    @Test
    void commentsAndQuotesAreToldApart() {
        String line = "./mc2 respond x.docx --author \"Riverside # Legal\" --force  # [server] note";
        assertEquals(line.indexOf("# [server]"), commentStart(line));
        List<List<Line>> blocks = blocks(List.of("text", "```sh", "./mc2 draft   # first", "# a note", "", "./mc2 lint", "```", "```yaml",
                "id: x", "```"));
        assertEquals(1, blocks.size());
        assertEquals(List.of("./mc2 draft", "./mc2 lint"), blocks.get(0).stream().map(Line::command).toList());
        assertEquals("starts a server that runs until Ctrl-C; ServeHttpTest covers it", skipReason(new Line(1, "./mc2 serve", "# [server]")));
    }

    @Test
    void theSampleReturnsAreTheSamplesTheyCopy() throws IOException {
        assertArrayEquals(Files.readAllBytes(Path.of("output-samples/supplier-return.docx")),
                Files.readAllBytes(Path.of("output-samples/returned/acme-infusion.docx")), "output-samples/regenerate copies them");
        assertArrayEquals(Files.readAllBytes(Path.of("output-samples/gpo-standard.docx")),
                Files.readAllBytes(Path.of("output-samples/returned/globex-monitor.docx")), "output-samples/regenerate copies them");
    }
}
