package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Seeded damage of the main part of LibreOffice's damaged returns (as stored, and as mended): the
 * reader's leniency is for LibreOffice's one pattern only. A truncation, a stray or missing tag is
 * refused with exit 4 like any malformed file, whether or not the LibreOffice damage is also there;
 * small edits inside the damage itself are either refused or read with the warning, never read
 * silently; nothing throws anything but the refusal. Bounded to about 15 s.
 */
class LibreOfficeRepairFuzzTest {

    private static final long SEED = 20261202L;
    private static final long BUDGET_NANOS = 15_000_000_000L;
    private static final int MAX_CASES = 400;
    private static final Path DIR = Path.of("src/test/resources/redline/lo-damaged");
    private static final String[] STRAY = {"</w:p>", "</w:r>", "</w:sdtContent>", "</w:sdt>", "</w:del>", "</w:ins>",
        "</w:moveFrom>", "</w:moveTo>", "</w:body>", "</w:tc>"};

    /** One fixture: its parts, and its main part as stored (damaged) and as mended. */
    private record Seed(Map<String, byte[]> parts, String damaged, String mended) {
    }

    @Test
    void onlyLibreOfficesPatternIsRepaired() throws Exception {
        List<Seed> seeds = new ArrayList<>();
        for (String edit : List.of("delete-subcontractors", "delete-third-party-components", "move-subcontractors")) {
            byte[] file = Files.readAllBytes(DIR.resolve(edit + ".docx"));
            DocxPackage pkg = DocxPackage.of(file, "seed", ReadLimits.defaults());
            Map<String, byte[]> parts = unzip(file);
            seeds.add(new Seed(parts, new String(parts.get("word/document.xml"), StandardCharsets.UTF_8),
                    new String(pkg.read(pkg.mainPart()), StandardCharsets.UTF_8)));
        }
        Random random = new Random(SEED);
        long start = System.nanoTime();
        int cases = 0, refused = 0, repaired = 0;
        while (cases < MAX_CASES && System.nanoTime() - start < BUDGET_NANOS) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            int kind = random.nextInt(5);
            String xml = random.nextBoolean() ? seed.damaged() : seed.mended();
            String mutant = switch (kind) {
                case 0 -> truncate(xml, random);
                case 1 -> strayEndTag(xml, random);
                case 2 -> dropTag(xml, random, true);
                case 3 -> dropTag(xml, random, false);
                default -> editInsideTheDamage(seed.damaged(), random);
            };
            cases++;
            boolean wellFormed = wellFormed(mutant);
            if (kind < 4) assertFalse(wellFormed, "case " + cases + ": the mutation should have damaged the part");
            Map<String, byte[]> parts = new LinkedHashMap<>(seed.parts());
            parts.put("word/document.xml", mutant.getBytes(StandardCharsets.UTF_8));
            try {
                DocxPackage pkg = DocxPackage.of(zip(parts), "mutant.docx", ReadLimits.defaults());
                RedlineDocument d = RedlineReader.read(pkg);
                // read: only an edit inside LibreOffice's damage may be, and never silently
                assertEquals(4, kind, "case " + cases + ": damage of another kind was read: " + d.repairs());
                assertTrue(wellFormed || !d.repairs().isEmpty(), "case " + cases + ": a malformed part read without a warning");
                if (!d.repairs().isEmpty()) repaired++;
            } catch (Mc2Exception e) {
                assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode(), e.getMessage());
                assertTrue(e.getMessage().startsWith(kind < 4 ? "mutant.docx: malformed XML in word/document.xml (" : "mutant.docx: "),
                        "case " + cases + ": " + e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                Path kept = Files.write(Path.of("target", "lo-repair-fuzz-" + cases + ".xml"), mutant.getBytes(StandardCharsets.UTF_8));
                throw new AssertionError("case " + cases + " (kept as " + kept + ") threw " + e, e);
            }
        }
        assertTrue(cases >= 100, "only " + cases + " cases in the time budget");
        assertTrue(refused > cases / 2 && repaired > 0, "cases " + cases + ", refused " + refused + ", repaired " + repaired);
    }

    private static String truncate(String xml, Random random) {
        int bodyStart = xml.indexOf("<w:body>");
        return xml.substring(0, bodyStart + random.nextInt(xml.length() - bodyStart - 1));
    }

    /** An end tag nobody opened, at a random place between two tags of the body. */
    private static String strayEndTag(String xml, Random random) {
        int at = tagStart(xml, random, false);
        return xml.substring(0, at) + STRAY[random.nextInt(STRAY.length)] + xml.substring(at);
    }

    /** One start or end tag (not an empty element) taken out. */
    private static String dropTag(String xml, Random random, boolean end) {
        for (;;) {
            int at = tagStart(xml, random, end);
            int gt = xml.indexOf('>', at);
            boolean isEnd = xml.charAt(at + 1) == '/';
            boolean empty = xml.charAt(gt - 1) == '/';
            if (isEnd == end && !empty && xml.charAt(at + 1) != '?' && xml.charAt(at + 1) != '!') {
                return xml.substring(0, at) + xml.substring(gt + 1);
            }
        }
    }

    /** A small edit within Writer's damage: a character taken out or doubled, or a tag doubled. */
    private static String editInsideTheDamage(String damaged, Random random) {
        List<Integer> marks = new ArrayList<>();
        for (int i = damaged.indexOf("<w:sdtContent></w:"); i >= 0; i = damaged.indexOf("<w:sdtContent></w:", i + 1)) marks.add(i);
        int mark = marks.get(random.nextInt(marks.size()));
        int from = damaged.lastIndexOf("<w:sdt>", mark) - 80;
        int to = damaged.indexOf("</w:sdtContent></w:sdt>", mark + 20) + 23;
        int at = from + random.nextInt(to - from);
        return switch (random.nextInt(3)) {
            case 0 -> damaged.substring(0, at) + damaged.substring(at + 1);
            case 1 -> damaged.substring(0, at) + damaged.charAt(at) + damaged.substring(at);
            default -> {
                int lt = damaged.lastIndexOf('<', at);
                int gt = damaged.indexOf('>', lt);
                yield damaged.substring(0, gt + 1) + damaged.substring(lt, gt + 1) + damaged.substring(gt + 1);
            }
        };
    }

    /** The start of a random tag in the body, of the kind asked (end tags only, or any). */
    private static int tagStart(String xml, Random random, boolean endOnly) {
        int bodyStart = xml.indexOf("<w:body>") + 8;
        int bodyEnd = xml.lastIndexOf("</w:body>");
        for (;;) {
            int at = xml.indexOf('<', bodyStart + random.nextInt(bodyEnd - bodyStart));
            if (at > 0 && at < bodyEnd && (!endOnly || xml.charAt(at + 1) == '/')) return at;
        }
    }

    /** Well-formedness by the JDK's own parser, independently of mc2's. */
    private static boolean wellFormed(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        var b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        try {
            b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (org.xml.sax.SAXException e) {
            return false;
        }
    }

    private static Map<String, byte[]> unzip(byte[] file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                // stored, not deflated: the cases are many and only one part changes
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
