package io.mc2.hostile;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.cli.Main;
import io.mc2.testing.DocxCopies;
import io.mc2.write.markdown.MarkdownText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supplier text never reaches Markdown as HTML, file names never reach the matrix CSV as formulas,
 * {@code respond --date} is a date, messages never name Java classes, and an overflowing number in
 * a profile is a located problem.
 */
class InjectionTest {
    static final Path GAP = Path.of("src/test/resources/gap");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    @TempDir
    Path tmp;

    /** A run; gap, respond and draft rate the committed fixtures with the library they were made from. */
    static Mc2Run mc2(String... args) {
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of((Object[]) args));
        if (args.length > 0 && java.util.Set.of("gap", "respond", "draft").contains(args[0]) && !all.contains("--library")) {
            all.addAll(1, java.util.List.of("--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles",
                    io.mc2.testing.Fixtures.fixtureProfiles()));
        }
        return Mc2Run.of(all.toArray());
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void assertNoRawHtml(String markdown) {
        assertFalse(markdown.contains("<script"), markdown);
        assertFalse(markdown.contains("<img"), markdown);
    }

    @Test
    void theMarkdownGapReportCarriesNoRawHtmlFromTheDocument() throws Exception {
        Path doc = tmp.resolve("hostile.docx");
        DocxCopies.withPart(GAP.resolve("lo-supplier.docx"), doc, "word/document.xml", s -> s
                .replace("w:author=\"Supplier Counsel\"", "w:author=\"" + xml(IMG) + "\"")
                .replaceFirst("Manufacturer shall", "Manufacturer " + xml(SCRIPT) + " shall"));
        Mc2Run r = mc2("gap", doc.toString(), "-f", "md");
        assertEquals(1, r.exit(), r.err());
        assertNoRawHtml(r.out());
        assertTrue(r.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is there, escaped");
        assertTrue(r.out().contains("&lt;img src=x onerror=alert(1)&gt;"), "the author is there, escaped");
    }

    @Test
    void revisionsAsMarkdownCarryNoRawHtml() throws Exception {
        Path doc = tmp.resolve("hostile.docx");
        DocxCopies.withPart(GAP.resolve("lo-supplier.docx"), doc, "word/document.xml",
                s -> s.replace("w:author=\"Supplier Counsel\"", "w:author=\"" + xml(IMG + SCRIPT) + "\""));
        Mc2Run r = mc2("revisions", doc.toString(), "--format", "md");
        assertEquals(0, r.exit(), r.err());
        assertNoRawHtml(r.out());
        assertTrue(r.out().contains("| &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"), r.out());
    }

    @Test
    void theOneMarkdownEscaperEscapesHtmlAndSyntax() {
        assertEquals("&lt;b&gt; &amp; \\*x\\* \\| \\[l\\] a b", MarkdownText.escape("<b> & *x* | [l] a\nb"));
    }

    @Test
    void fileNamesStartingWithAFormulaAfterWhiteSpaceAreDefused() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of(" =1+1.docx", "\t+SUM(A1).docx", "\u00a0@cmd.docx", "-2.docx", "plain.docx")) {
            Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve(name));
        }
        Path out = tmp.resolve("out");
        // our draft, unchanged: compared with itself (a draft regenerated today would carry today's wording)
        Mc2Run r = mc2("gap", "--batch", in.toString(), "--draft", GAP.resolve("sent-gpo.docx").toString(), "-o", out.toString(),
                "--jobs", "1");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("matrix.csv"));
        for (String name : List.of(" =1+1.docx", "\t+SUM(A1).docx", "\u00a0@cmd.docx", "-2.docx")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith("'" + name + ",")), name + " is prefixed: " + rows);
        }
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("plain.docx,")), "others are left alone");
    }

    @Test
    void respondDateIsValidatedAsCompareDateIs() {
        Mc2Run r = mc2("respond", GAP.resolve("lo-supplier.docx").toString(), "-o", tmp.resolve("c.docx").toString(),
                "--date", "\"/><w:evil/>");
        assertEquals(2, r.exit(), r.err());
        assertEquals("mc2: --date: not an ISO-8601 date or date-time: \"/><w:evil/> (e.g. 2026-12-01 or 2026-12-01T09:00:00Z)\n",
                r.err());
        assertFalse(Files.exists(tmp.resolve("c.docx")));
        Mc2Run compare = mc2("compare", GAP.resolve("sent-gpo.docx").toString(), GAP.resolve("lo-supplier.docx").toString(),
                "-o", tmp.resolve("d.docx").toString(), "--date", "tomorrow");
        assertEquals(2, compare.exit());
        assertTrue(compare.err().startsWith("mc2: --date: not an ISO-8601 date or date-time: tomorrow"), compare.err());
    }

    @Test
    void messagesNameNoJavaClasses() throws Exception {
        Mc2Run date = mc2("draft", "--date", "xx", "-o", tmp.resolve("a.docx").toString());
        assertEquals(2, date.exit());
        assertTrue(date.err().startsWith("mc2: Invalid value for option '--date': not a date of the form YYYY-MM-DD: 'xx'"), date.err());
        Path deal = Files.write(tmp.resolve("deal.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        Mc2Run utf8 = mc2("draft", "--deal", deal.toString(), "-o", tmp.resolve("b.docx").toString());
        assertEquals(3, utf8.exit(), utf8.err());
        assertTrue(utf8.err().startsWith(deal + ":1:"), utf8.err());
        for (Mc2Run r : List.of(date, utf8)) {
            assertFalse(r.err().matches("(?s).*\\bjava\\.[a-z]+\\..*"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void anOverflowingNumberInAProfileIsALocatedProblem() throws Exception {
        Path profile = tmp.resolve("big.yaml");
        Files.writeString(profile, "id: big\nname: Big\nversion: 1.0.0\nextends: gpo-standard\nclauses:\n  patch-critical:\n"
                + "    parameters:\n      window: {value: 1e309}\n");
        Mc2Run r = mc2("draft", "--profile", profile.toString(), "-o", tmp.resolve("b.docx").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith(profile + ":8:"), r.err());
        assertTrue(r.err().contains("patch-critical.window value: the number 1E+309 is too large"), r.err());
        Files.writeString(profile, Files.readString(profile).replace("1e309", "1e-999999999"));
        Mc2Run tiny = mc2("draft", "--profile", profile.toString(), "-o", tmp.resolve("b.docx").toString());
        assertEquals(3, tiny.exit(), tiny.err());
        assertTrue(tiny.err().contains("has too many decimal places"), tiny.err());
    }
}
