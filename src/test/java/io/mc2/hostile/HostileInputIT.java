package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents against the packaged command line, with the launcher's JVM settings, measured
 * from outside the JVM: each answered with its exit code and a one-line message (never a stack
 * trace), within 10 s and 512 MB of resident memory (peak RSS from GNU time). The documents are
 * made here by seeded generators from our own draft, so they are the same on every run.
 */
class HostileInputIT {

    static final Path DRAFT = Path.of("src/test/resources/gap/sent-gpo.docx");
    static final long MAX_MILLIS = 10_000;
    static final long MAX_RSS_KB = 512 * 1024;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void tools() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "SKIPPED: GNU time (/usr/bin/time) not installed");
        Assumptions.assumeTrue(Files.exists(Path.of("target", "mc2.jar")), "SKIPPED: the packaged jar is missing");
    }

    /** Our draft with extra body XML before its section properties, written by {@code body}. */
    static Path draftWith(String name, Consumer<StringBuilder> body) throws IOException {
        Path out = tmp.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(DRAFT));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf("<w:sectPr");
                    StringBuilder sb = new StringBuilder(xml.substring(0, at));
                    body.accept(sb);
                    data = sb.append(xml.substring(at)).toString().getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out;
    }

    static String word(Random r) {
        char[] c = new char[1 + r.nextInt(8)];
        for (int i = 0; i < c.length; i++) c[i] = (char) ('a' + r.nextInt(26));
        return new String(c);
    }

    static Stream<Arguments> documents() throws IOException {
        Random r = new Random(20261201);
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("a million one-letter runs in one paragraph", draftWith("runs.docx", sb -> {
            sb.append("<w:p>");
            for (int i = 0; i < 1_000_000; i++) sb.append("<w:r><w:t>").append((char) ('a' + r.nextInt(26))).append("</w:t></w:r>");
            sb.append("</w:p>");
        }), 4, "too large to analyse"));
        out.add(Arguments.of("three million short paragraphs", draftWith("paragraphs.docx", sb -> {
            for (int i = 0; i < 3_000_000; i++) sb.append("<w:p><w:r><w:t>").append(word(r)).append("</w:t></w:r></w:p>");
        }), 4, "more than 100000 paragraphs"));
        out.add(Arguments.of("a paragraph of nine million words", draftWith("paragraph.docx", sb -> {
            sb.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 9_000_000; i++) sb.append(word(r)).append(' ');
            sb.append("</w:t></w:r></w:p>");
        }), 4, "a paragraph of more than 200000 characters"));
        out.add(Arguments.of("98 000 inserted paragraphs, under the limits", draftWith("many.docx", sb -> {
            for (int i = 0; i < 98_000; i++) sb.append("<w:p><w:r><w:t>").append(word(r)).append("</w:t></w:r></w:p>");
        }), 1, null));
        out.add(Arguments.of("a 3 GB sparse file", sparse(), 4, "is too large"));
        out.add(Arguments.of("a fifo", fifo(), 4, "is not a regular file"));
        out.add(Arguments.of("/dev/zero", Path.of("/dev/zero"), 4, "is not a regular file"));
        return out.stream();
    }

    static Path sparse() throws IOException {
        Path big = tmp.resolve("sparse.docx");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'P', 'K', 3, 4}), 3L << 30);
        }
        return big;
    }

    static Path fifo() throws IOException {
        Path f = tmp.resolve("fifo.docx");
        try {
            assertEquals(0, new ProcessBuilder("mkfifo", f.toString()).start().waitFor());
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void answeredWithinTimeAndMemory(String what, Path doc, int exit, String fragment) throws Exception {
        for (List<String> command : List.of(List.of("gap", doc.toString()),
                List.of("compare", DRAFT.toString(), doc.toString(), "-o", tmp.resolve("cmp-" + doc.getFileName()).toString()))) {
            List<String> args = new ArrayList<>(List.of("/usr/bin/time", "-f", "rss-kb=%M", "java", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-XX:NewSize=256m", "-Xmx448m", "-Xss4m", "-Dmc2.home=.", "-jar", "target/mc2.jar"));
            args.addAll(command);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(p, err));
            drain.start();
            boolean done = p.waitFor(30, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            drain.join();
            long millis = (System.nanoTime() - start) / 1_000_000;
            String stderr = err.toString(StandardCharsets.UTF_8);
            String label = what + " / " + command.get(0);
            assertTrue(done && millis <= MAX_MILLIS, label + ": took " + millis + " ms");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("rss-kb=(\\d+)").matcher(stderr);
            assertTrue(m.find(), label + ": no measurement in " + stderr);
            long rss = Long.parseLong(m.group(1));
            assertTrue(rss <= MAX_RSS_KB, label + ": peak RSS " + rss + " KB");
            String messages = stderr.substring(0, m.start());
            assertFalse(messages.contains("\tat ") || messages.contains("Exception"), label + ": " + messages);
            // a document within the limits is rated (gap: 1, it needs a person) or compared (0)
            int expected = command.get(0).equals("compare") && exit == 1 ? 0 : exit;
            assertEquals(expected, p.exitValue(), label + ": " + messages);
            if (fragment != null) {
                List<String> lines = messages.lines().filter(l -> l.startsWith("mc2: ")).toList();
                assertEquals(1, lines.size(), label + ": " + messages);
                assertTrue(lines.get(0).contains(fragment), label + ": " + lines.get(0));
            }
            System.out.printf("hostile: %-45s %-8s exit %d, %5d ms, %6d KB%n", what, command.get(0), p.exitValue(), millis, rss);
        }
    }

    private static void copy(Process p, OutputStream to) {
        try {
            p.getErrorStream().transferTo(to);
        } catch (IOException ignored) {
            // the process ended; what was read is what there is
        }
    }
}
