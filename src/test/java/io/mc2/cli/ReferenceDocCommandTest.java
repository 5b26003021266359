package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.testing.DocxGoldenText;
import io.mc2.testing.Mc2Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --reference-doc}: the draft, the brief and the Word gap report take the fixture's look
 * (DejaVu Serif 12 pt, A4 with 2 cm margins, blue headings in DejaVu Sans, a header with a logo) and
 * none of its content; the draft's text is what it is without the option; bad uses are one-line errors.
 * The fixture is built by src/test/resources/style/make_reference_doc.py.
 */
class ReferenceDocCommandTest {
    static final Path REFERENCE = Path.of("src/test/resources/style/reference.docx");
    static final Path DEAL = Path.of("output-samples/sample-deal.yaml");

    @TempDir
    Path tmp;

    @Test
    void theDraftTakesTheReferenceLookAndKeepsItsText() throws IOException {
        Path styled = tmp.resolve("styled.docx");
        Path plain = tmp.resolve("plain.docx");
        Mc2Run r = Mc2Run.of("draft", "--deal", DEAL, "--date", "2026-12-01", "--no-record", "--reference-doc", REFERENCE, "-o", styled);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(0, Mc2Run.of("draft", "--deal", DEAL, "--date", "2026-12-01", "--no-record", "-o", plain).exit());
        Map<String, byte[]> parts = parts(styled);
        assertLook(parts, "word/styles.xml", "word/document.xml");
        // the body's normalised text is the draft's, the reference changes only its look
        String styledText = DocxGoldenText.render(styled);
        String plainText = DocxGoldenText.render(plain);
        assertEquals(body(plainText), body(styledText));
        assertLetterhead(parts, "word/header.xml", "word/_rels/header.xml.rels");
        assertTrue(text(parts, "word/header.xml").contains("Draft v"), "our header line stays below the letterhead");
        assertNothingInternal(parts);
    }

    @Test
    void theBriefAndTheWordReportTakeTheSameLook() throws IOException {
        Path brief = tmp.resolve("brief.docx");
        Mc2Run b = Mc2Run.of("brief", "--reference-doc", REFERENCE, "-o", brief);
        assertEquals(0, b.exit(), b.toString());
        Map<String, byte[]> briefParts = parts(brief);
        assertLook(briefParts, "word/styles.xml", "word/document.xml");
        String header = headerOf(briefParts);
        assertLetterhead(briefParts, header, header.replace("word/", "word/_rels/") + ".rels");
        assertTrue(text(briefParts, header).contains("do not send to the supplier"), "the brief's notice stays in its header");

        Path report = tmp.resolve("report.docx");
        Mc2Run g = Mc2Run.of("gap", "output-samples/supplier-return.docx", "--reference-doc", REFERENCE, "-o", report);
        assertTrue(g.exit() == 0 || g.exit() == 1, g.toString());
        Map<String, byte[]> reportParts = parts(report);
        assertLook(reportParts, "word/styles.xml", "word/document.xml");
        String reportHeader = headerOf(reportParts);
        assertLetterhead(reportParts, reportHeader, reportHeader.replace("word/", "word/_rels/") + ".rels");
    }

    @Test
    void withoutTheOptionTheBriefIsInTheDraftsLook() throws IOException {
        Path brief = tmp.resolve("brief.docx");
        assertEquals(0, Mc2Run.of("brief", "-o", brief).exit());
        String styles = text(parts(brief), "word/styles.xml");
        assertTrue(styles.contains("w:ascii=\"Times New Roman\""), styles);
        assertFalse(styles.contains("Arial"), "the brief had a look of its own");
        assertTrue(text(parts(brief), "word/document.xml").contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
    }

    @Test
    void badUsesAreOneLineErrors() throws IOException {
        Path out = tmp.resolve("d.docx");
        Mc2Run missing = Mc2Run.of("draft", "--no-record", "--reference-doc", tmp.resolve("nope.docx"), "-o", out);
        assertEquals(4, missing.exit(), missing.toString());
        assertEquals(1, missing.errLines().size(), missing.toString());
        assertTrue(missing.err().contains("nope.docx: no such file"), missing.toString());
        assertFalse(Files.exists(out), "no half-written draft");

        Path notWord = tmp.resolve("styles.docx");
        Files.writeString(notWord, "not a zip");
        Mc2Run bad = Mc2Run.of("brief", "--reference-doc", notWord, "-o", tmp.resolve("b.docx"));
        assertEquals(4, bad.exit(), bad.toString());
        assertEquals(1, bad.errLines().size(), bad.toString());
        assertTrue(bad.err().contains("styles.docx"), bad.toString());

        Mc2Run markdown = Mc2Run.of("draft", "--no-record", "--reference-doc", REFERENCE, "-o", tmp.resolve("d.md"));
        assertEquals(2, markdown.exit(), markdown.toString());
        assertTrue(markdown.err().contains("--reference-doc styles Word output only"), markdown.toString());

        Path copy = tmp.resolve("mine.docx");
        Files.copy(REFERENCE, copy);
        Mc2Run over = Mc2Run.of("draft", "--no-record", "--reference-doc", copy, "-o", copy, "--force");
        assertEquals(2, over.exit(), over.toString());
        assertTrue(over.err().contains("is the --reference-doc"), over.toString());
        assertArrayEquals(Files.readAllBytes(REFERENCE), Files.readAllBytes(copy), "the reference doc is untouched");

        Mc2Run counter = Mc2Run.of("respond", "output-samples/supplier-return.docx", "--reference-doc", REFERENCE,
                "-o", tmp.resolve("c.docx"));
        assertEquals(2, counter.exit(), counter.toString());
        assertTrue(counter.err().contains("keeps the supplier's styles"), counter.toString());
    }

    static void assertLook(Map<String, byte[]> parts, String stylesPart, String documentPart) {
        String styles = text(parts, stylesPart);
        String defaults = styles.substring(styles.indexOf("<w:docDefaults>"), styles.indexOf("</w:docDefaults>"));
        assertTrue(defaults.contains("w:ascii=\"DejaVu Serif\"") && defaults.contains("<w:sz w:val=\"24\"/>"), defaults);
        String heading = style(styles, "Heading1");
        assertTrue(heading.contains("<w:sz w:val=\"32\"/>"), heading);
        assertFalse(heading.contains("numPr"), "the reference's list numbering is not carried: " + heading);
        String base = style(styles, "Heading");
        assertTrue(base.contains("w:ascii=\"DejaVu Sans\"") && base.contains("w:val=\"1F4E79\""), "theme font made explicit: " + base);
        assertFalse(styles.contains("Theme=\""), "no theme font left: " + styles);
        String doc = text(parts, documentPart);
        assertTrue(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
        assertTrue(doc.contains("w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""), "2 cm margins");
    }

    static void assertLetterhead(Map<String, byte[]> parts, String header, String headerRels) throws IOException {
        assertTrue(text(parts, header).contains("Riverside Health System"), text(parts, header));
        assertTrue(text(parts, header).contains("r:embed=\"rIdLogo\""), text(parts, header));
        String rels = text(parts, headerRels);
        assertTrue(rels.contains("Id=\"rIdLogo\"") && rels.contains("media/mc2-header-1.png"), rels);
        assertArrayEquals(logo(), parts.get("word/media/mc2-header-1.png"), "the logo's bytes");
        assertTrue(text(parts, "[Content_Types].xml").contains("Extension=\"png\""));
    }

    static void assertNothingInternal(Map<String, byte[]> parts) {
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            String s = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            for (String secret : new String[] {"INTERNAL ONLY", "Internal Person", "internal.note", "walk-away is 30"}) {
                assertFalse(s.contains(secret), e.getKey() + " carries \"" + secret + "\" from the reference doc");
            }
        }
        assertFalse(parts.containsKey("word/comments.xml"));
    }

    private static String style(String styles, String id) {
        int at = styles.indexOf("w:styleId=\"" + id + "\"");
        assertTrue(at > 0, "no style " + id);
        return styles.substring(at, styles.indexOf("</w:style>", at));
    }

    private static String headerOf(Map<String, byte[]> parts) {
        return parts.keySet().stream().filter(n -> n.matches("word/header\\d*\\.xml")).findFirst()
                .orElseThrow(() -> new AssertionError("no header part: " + parts.keySet()));
    }

    /** The normalised text without the header and footer lines. */
    private static String body(String text) {
        return text.lines().filter(l -> !l.startsWith("[Header]") && !l.startsWith("[Footer]") && !l.contains("Riverside"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    static byte[] logo() throws IOException {
        return parts(REFERENCE).get("word/media/logo.png");
    }

    static String text(Map<String, byte[]> parts, String name) {
        byte[] b = parts.get(name);
        if (b == null) throw new AssertionError("no part " + name + " in " + parts.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> parts(Path docx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(docx.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.put(entry.getName(), z.getInputStream(entry).readAllBytes());
            }
        }
        return out;
    }
}
