package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.testing.Mc2Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mc2 review}, and {@code mc2 gap} handing a supplier's own paper to it, run in-process. */
class ReviewCommandTest {
    static final Path PAPERS = Path.of("src/test/resources/paper");
    static final Path SAMPLE = Path.of("output-samples/supplier-own-paper.docx");

    @Test
    void reviewsADocxPaperIntoAMarkdownReportWithThePaperNumbersBesideOurs() {
        Mc2Run r = Mc2Run.of("review", SAMPLE);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("6.1 Security Patches for Critical Vulnerabilities (paper 5.1)"), r.out());
        assertTrue(r.out().contains("New text: Order of Precedence (paper 9.1)"), r.out());
        assertTrue(r.errLines().contains("review: 17 clauses in the paper, 15 mapped onto the library"), r.err());
        // gpo-standard's contract in library 0.3.0: the 57 clauses of 0.2.0 and the 16 clauses that library added
        assertTrue(r.err().contains("review: 73 clauses;"), r.err());
    }

    @Test
    void writesTheJsonReportOfAPdfAndItsShapeIsTheGapReportsWithThePaperNumber(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("review.json");
        Mc2Run r = Mc2Run.of("review", PAPERS.resolve("northwind-numbered.pdf"), "--profile", "gpo-standard", "-o", out);
        assertEquals(1, r.exit(), r.toString());
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertEquals("mc2.gap/1", report.get("schema").asText());
        assertEquals("--profile", report.get("draft").get("profileFrom").asText());
        JsonNode patch = null;
        for (JsonNode c : report.get("clauses")) if (c.get("id").asText().equals("patch-high")) patch = c;
        assertEquals("5.2", patch.get("paper").asText());
        assertEquals("offered", patch.get("change").asText());
        assertEquals("beyond-walk-away", patch.get("verdict").asText());
        // the gap report's schema takes it
        Mc2Run schema = Mc2Run.of("schema", "gap-report");
        assertTrue(schema.out().contains("\"paper\""), schema.out());
    }

    @Test
    void clausesThePaperNeverAddressesAreMissingNotDeletedAndTheMarkdownSaysSo(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("review.json");
        Mc2Run r = Mc2Run.of("review", PAPERS.resolve("northwind-numbered.docx"), "--profile", "gpo-standard", "-o", out);
        assertEquals(1, r.exit(), r.toString());
        int required = 0;
        int optional = 0;
        for (JsonNode c : new ObjectMapper().readTree(out.toFile()).get("clauses")) {
            String v = c.get("verdict").asText();
            assertFalse(v.startsWith("deleted-"), c.get("id") + ": a paper deletes nothing, it leaves clauses out");
            if (!c.get("change").asText().equals("missing")) continue;
            if (v.equals("missing-required")) required++;
            else if (v.equals("missing-optional")) optional++;
            else throw new AssertionError(c.get("id") + " is missing but " + v);
        }
        assertTrue(required > 0 && optional > 0, required + " required, " + optional + " optional");
        Mc2Run md = Mc2Run.of("review", PAPERS.resolve("northwind-numbered.docx"), "--profile", "gpo-standard");
        assertTrue(md.out().contains("Missing (required clause)"), md.out());
        assertTrue(md.out().contains("Missing (optional clause)"), md.out());
    }

    @Test
    void summaryIsTheEmailLinesAndRefusesAnotherFormat() {
        Mc2Run r = Mc2Run.of("review", PAPERS.resolve("northwind-numbered.docx"), "--summary");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Our review of northwind-numbered.docx:"), r.out());
        assertTrue(r.out().contains("Not covered by your paper; our draft includes them ("), r.out());
        assertFalse(r.out().contains("walk-away") || r.out().contains("fallback"), "no positions: " + r.out());
        Mc2Run both = Mc2Run.of("review", PAPERS.resolve("northwind-numbered.docx"), "--summary", "-f", "json");
        assertEquals(2, both.exit(), both.toString());
        assertTrue(both.err().contains("--summary is the txt format"), both.err());
    }

    @Test
    void gapSaysOnStandardErrorThatItReviewsADocumentWithoutProvenance() {
        Mc2Run r = Mc2Run.of("gap", PAPERS.resolve("orbis-table.docx"));
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).endsWith("carries no provenance of ours, no mc2 clause anchors and no tracked changes: "
                + "reviewing it as the supplier's own paper (mc2 review)"), r.err());
        assertTrue(r.out().contains("(paper 12)"), r.out());
    }

    @Test
    void gapStillRefusesARedlineWithoutProvenanceRatherThanReviewIt() {
        Mc2Run r = Mc2Run.of("gap", "src/test/resources/redline/redline.docx");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("carries no mc2 provenance"), r.err());
    }

    @Test
    void gapStillComparesADraftOfOursWithTheDraftItCameFrom() {
        Mc2Run r = Mc2Run.of("gap", "output-samples/supplier-return.docx", "-f", "json");
        assertFalse(r.err().contains("reviewing it as the supplier's own paper"), r.err());
        assertFalse(r.out().contains("\"paper\""), "a redline's report has no paper numbers");
    }

    @Test
    void anUnreadablePaperIsOneLineWithExitFour(@TempDir Path tmp) throws IOException {
        Path truncated = tmp.resolve("cut.pdf");
        byte[] pdf = Files.readAllBytes(PAPERS.resolve("northwind-numbered.pdf"));
        Files.write(truncated, Arrays.copyOf(pdf, 900));
        Mc2Run r = Mc2Run.of("review", truncated);
        assertEquals(4, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("mc2: " + truncated + ": "), r.err());
        Path text = tmp.resolve("notes.docx");
        Files.writeString(text, "not a document");
        Mc2Run t = Mc2Run.of("review", text);
        assertEquals(4, t.exit(), t.toString());
        assertTrue(t.err().contains("not a .docx file"), t.err());
    }

    @Test
    void aBadFormatIsAUsageError() {
        Mc2Run r = Mc2Run.of("review", SAMPLE, "-f", "rtf");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("unknown report format 'rtf'"), r.err());
        // pdf is a report format since ReportOutput is shared with gap, but a binary one: never to standard output
        Mc2Run pdf = Mc2Run.of("review", SAMPLE, "-f", "pdf");
        assertEquals(2, pdf.exit(), pdf.toString());
        assertTrue(pdf.err().contains("a pdf report needs an output file"), pdf.err());
    }

    @Test
    void theReportNeverReplacesThePaper(@TempDir Path tmp) throws IOException {
        Path paper = tmp.resolve("paper.docx");
        Files.copy(SAMPLE, paper);
        // the format taken from the name (a .docx report), so only the input check can refuse it
        Mc2Run r = Mc2Run.of("review", paper, "-o", paper, "--force");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("is an input file"), r.err());
        // and with a --format that agrees with the name, in either order of the options
        for (Mc2Run both : java.util.List.of(Mc2Run.of("review", paper, "-o", paper, "--format", "docx", "--force"),
                Mc2Run.of("review", paper, "--format", "docx", "--force", "-o", paper))) {
            assertEquals(2, both.exit(), both.toString());
            assertTrue(both.err().contains("is an input file"), both.err());
        }
        assertTrue(Arrays.equals(Files.readAllBytes(SAMPLE), Files.readAllBytes(paper)), "the paper is untouched");
    }

    @Test
    void aBrokenSynonymLexiconIsAnInvalidLibraryFileWithItsLine(@TempDir Path tmp) throws IOException {
        Path lib = tmp.resolve("clauses");
        copyTree(Path.of("clauses"), lib);
        Files.writeString(lib.resolve("synonyms.yaml"), "groups:\n  - [only-one]\n");
        Mc2Run r = Mc2Run.of("review", SAMPLE, "--library", lib);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("synonyms.yaml:2:5: a group is a list of at least two phrases"), r.err());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
