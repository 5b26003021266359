package io.mc2.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation test: byte flips, truncations and XML corruption inside otherwise valid zips,
 * over the third-party corpus (when present) and our fixtures. Reading a mutant may succeed or fail,
 * but the only exception allowed is {@link Mc2Exception} with exit code 4. Bounded to about 20 s.
 */
class RedlineFuzzTest {

    private static final long SEED = 20260203L;
    private static final long BUDGET_NANOS = 18_000_000_000L;
    private static final int MAX_CASES = 4000;
    private static final String[] SNIPPETS = {"<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:ins w:id=\"1\">", "</w:del>",
        "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>", "<w:tbl><w:tr><w:tc>",
        "</w:tc>", "<w:commentRangeStart w:id=\"x\"/>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "&#0;",
        "<w:pPr><w:rPr><w:del w:id=\"2\"/></w:rPr></w:pPr>", "<w:numPr><w:numId w:val=\"99999999999\"/></w:numPr>",
        "<w:lvlText w:val=\"%9%1%\"/>", "<mc:AlternateContent>", "\u0000", "\uFFFF", "<w:sdt><w:sdtContent>"};

    @Test
    void mutantsFailOnlyWithMc2Exception(@TempDir Path tmp) throws IOException {
        List<byte[]> seeds = seeds();
        assertFalse(seeds.isEmpty());
        Random random = new Random(SEED);
        Path file = tmp.resolve("mutant.docx");
        long start = System.nanoTime();
        int cases = 0, read = 0, refused = 0;
        while (cases < MAX_CASES && System.nanoTime() - start < BUDGET_NANOS) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = switch (random.nextInt(4)) {
                case 0 -> flipBytes(seed, random);
                case 1 -> java.util.Arrays.copyOf(seed, random.nextInt(seed.length));
                default -> corruptXml(seed, random);
            };
            Files.write(file, mutant);
            cases++;
            try {
                RedlineDocument d = RedlineReader.read(file);
                for (View v : View.values()) d.text(v);
                read++;
            } catch (Mc2Exception e) {
                assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode(), e.getMessage());
                assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                Path kept = Files.write(Path.of("target", "fuzz-failure-" + cases + ".docx"), mutant);
                throw new AssertionError("case " + cases + " (kept as " + kept + ") threw " + e, e);
            }
        }
        assertTrue(read > 0 && refused > 0, "mutants should both pass and fail: read " + read + ", refused " + refused);
    }

    private static List<byte[]> seeds() throws IOException {
        List<Path> files = new ArrayList<>();
        Path corpus = Path.of("/work/shared/corpus");
        for (Path dir : List.of(corpus, Path.of("src/test/resources/redline"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".docx") && !p.toString().contains("unsafe")).sorted().forEach(files::add);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (Path p : files) out.add(Files.readAllBytes(p));
        return out;
    }

    private static byte[] flipBytes(byte[] seed, Random random) {
        byte[] m = seed.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) m[random.nextInt(m.length)] ^= (byte) (1 + random.nextInt(255));
        return m;
    }

    /** Unzips, damages one XML part (snippet inserted, range cut or doubled, bytes flipped), zips again. */
    private static byte[] corruptXml(byte[] seed, Random random) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(seed))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) entries.put(e.getName(), in.readAllBytes());
        }
        List<String> xml = entries.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        if (xml.isEmpty()) return flipBytes(seed, random);
        String name = random.nextInt(2) == 0 && entries.containsKey("word/document.xml") ? "word/document.xml"
                : xml.get(random.nextInt(xml.size()));
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        if (text.isEmpty()) return flipBytes(seed, random);
        int at = random.nextInt(text.length());
        int len = Math.min(text.length() - at, 1 + random.nextInt(200));
        text = switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + text.substring(at);
            case 1 -> text.substring(0, at) + text.substring(at + len);
            case 2 -> text.substring(0, at + len) + text.substring(at, at + len) + text.substring(at + len);
            default -> new String(flipBytes(text.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
        };
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return FixtureDocx.zip(entries);
    }
}
