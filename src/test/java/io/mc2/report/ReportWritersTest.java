package io.mc2.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.GapWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.report.docx.DocxReportWriter;
import io.mc2.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The human-readable gap reports of the LibreOffice redline fixture: Markdown (golden), HTML and Word. */
class ReportWritersTest {
    static GapReport report;

    @BeforeAll
    static void analyse() {
        Path dir = Path.of("src/test/resources/gap");
        report = new GapWorkflow().run(new GapWorkflow.Request(dir.resolve("lo-supplier.docx"), dir.resolve("sent-gpo.docx"), null,
                io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles())).report();
    }

    static String write(ReportWriter w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markdownReport() throws IOException {
        Golden.assertMatches("gap/lo-supplier.md", write(new MarkdownReportWriter()));
    }

    @Test
    void htmlReportIsOnePageWithTheSummaryFirstAndValuesWithUnits() throws IOException {
        String html = write(new HtmlReportWriter());
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is fetched from elsewhere");
        int summary = html.indexOf("Needs attention");
        int firstClause = html.indexOf("<h2", summary + 1);
        assertTrue(summary > 0 && firstClause > summary, "the summary comes before the clauses");
        assertTrue(html.contains("<td>30 days</td>"), "sent value with its unit");
        assertTrue(html.contains("<td>sixty (60) days</td>"), "found value as the supplier wrote it");
        assertTrue(html.contains("<del>") && html.contains("<ins>"), "word diff");
        assertTrue(html.contains("class=\"sortable\""));
    }

    @Test
    void wordReportReadsBackWithTheSameFindings(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("report.docx");
        try (var out = Files.newOutputStream(file)) {
            new DocxReportWriter().write(report, out);
        }
        String text = RedlineReader.read(file).text(View.ACCEPTED);
        assertTrue(text.contains("Gap report"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("6.1 Security Patches for Critical Vulnerabilities"));
        assertTrue(text.contains("Needs escalation"));
        assertTrue(text.contains("45 days"), "fallback with its unit");
        assertTrue(text.contains("Text changed without tracked changes"), "the silent edit is in the report");
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.matches("(?s).*<w:pgSz w:w=\"12240\" w:h=\"15840\"/>.*"), "US Letter, like the draft");
            String headers = zip.stream().filter(e -> e.getName().matches("word/header\\d*\\.xml")).map(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }).collect(java.util.stream.Collectors.joining());
            assertTrue(headers.contains("internal gap report, do not send to the supplier"), "every page says it is internal: " + headers);
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("w:styleId=\"mc2TableText\""), "table cells have their left-aligned style");
            assertTrue(xml.contains("<w:pStyle w:val=\"mc2TableText\"/>"), "and use it");
        }
    }

    @Test
    void valuesReadWithTheirUnits() {
        assertEquals("3 business days", ReportText.value(param("business-days"), "3"));
        assertEquals("1 business day", ReportText.value(param("business-days"), "1"));
        assertEquals("1 month", ReportText.value(param("months"), "1"));
        assertEquals("24 months", ReportText.value(param("months"), "24"));
        assertEquals("10%", ReportText.value(param("percent"), "10"));
        assertEquals("USD 5000000", ReportText.value(param("USD"), "5000000"));
        assertEquals("CycloneDX", ReportText.value(param(null), "CycloneDX"));
        assertNull(ReportText.value(param("days"), null));
    }

    private static GapReport.ParameterReport param(String unit) {
        return new GapReport.ParameterReport("p", "P", unit, null, null, null, null, null, null, Verdict.UNCHANGED);
    }
}
