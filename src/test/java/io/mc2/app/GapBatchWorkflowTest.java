package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mc2.gap.GapMatrix;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.testing.Golden;
import io.mc2.yaml.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mc2 gap --batch} over the committed LibreOffice redlines (src/test/resources/gap/) and a
 * truncated copy of one. The draft sent is passed as with {@code --draft}, as in GapWorkflowTest.
 */
class GapBatchWorkflowTest {
    static final Path GAP = Path.of("src/test/resources/gap");
    static final List<String> FIXTURES = List.of("sent-gpo.docx", "lo-supplier.docx", "lo-clean-copy.docx", "lo-supplier-paper.docx");

    @TempDir
    Path tmp;

    /** The four fixtures, a truncated copy of one, and a Word lock file that must be left alone. */
    private Path folder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("returned"));
        for (String f : FIXTURES) Files.copy(GAP.resolve(f), in.resolve(f));
        byte[] whole = Files.readAllBytes(GAP.resolve("lo-supplier.docx"));
        Files.write(in.resolve("broken.docx"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.write(in.resolve("~$supplier.docx"), new byte[] {1, 2, 3});
        Files.writeString(in.resolve("notes.txt"), "not a document");
        return in;
    }

    private static GapBatchWorkflow.Request request(Path in, Path out, int jobs, boolean force) {
        return new GapBatchWorkflow.Request(in, out, GAP.resolve("sent-gpo.docx"), null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), jobs,
                force);
    }

    /** Remembers what the progress listener was told. */
    static final class Recorder implements GapBatchWorkflow.Progress {
        int total = -1;
        final List<String> finished = new ArrayList<>();

        @Override
        public void started(int total) {
            this.total = total;
        }

        @Override
        public void finished(int done, int total, GapMatrix.Row row, GapBatchWorkflow.Failure failure) {
            finished.add(done + "/" + total + " " + row.file() + (failure != null ? " failed" : ""));
        }
    }

    @Test
    void everyDocumentIsRatedAndTheBrokenOneIsAnErrorRow() throws Exception {
        Path out = tmp.resolve("matrix");
        Recorder progress = new Recorder();
        GapBatchWorkflow.Result result = new GapBatchWorkflow().run(request(folder(), out, 2, false), progress);
        GapMatrix m = result.matrix();

        assertEquals(5, progress.total, "the lock file and the .txt are not documents");
        assertEquals(5, progress.finished.size());
        assertEquals(List.of("broken.docx", "lo-clean-copy.docx", "lo-supplier-paper.docx", "lo-supplier.docx", "sent-gpo.docx"),
                m.documents().stream().map(GapMatrix.Row::file).toList(), "rows by file name, whatever order they finished in");
        GapMatrix.Row broken = m.documents().get(0);
        assertTrue(broken.error().contains("truncated"), broken.error());
        assertFalse(broken.error().contains(tmp.toString()), "the matrix names the file, not the folder: " + broken.error());
        assertNull(broken.reports());
        assertEquals(1, result.failures().size());
        assertEquals(ExitCode.UNSAFE_DOCUMENT, result.failures().get(0).kind());
        assertEquals(1, result.exitCode());
        assertEquals("gpo-standard", m.profile());
        assertEquals(55, m.clauses().size());
        assertEquals("patch-critical", m.clauses().stream().filter(c -> c.number().equals("6.1")).findFirst().orElseThrow().id());

        GapMatrix.Row sent = m.documents().get(4);
        assertFalse(sent.needsReview(), "our own draft is acceptable");
        assertTrue(sent.verdicts().values().stream().allMatch(v -> v == Verdict.UNCHANGED));
        GapMatrix.Row clean = m.documents().get(1);
        assertEquals(Verdict.BEYOND_WALK_AWAY, clean.verdicts().get("patch-critical"));
        assertEquals(3, clean.silentEdits());
        assertTrue(clean.silent().contains("patch-critical"));

        Golden.assertMatches("gap/batch-matrix.csv", Files.readString(out.resolve("matrix.csv"), StandardCharsets.UTF_8));
        Golden.assertMatches("gap/batch-matrix.json", Files.readString(out.resolve("matrix.json"), StandardCharsets.UTF_8));
        for (String f : List.of("lo-clean-copy", "lo-supplier-paper", "lo-supplier", "sent-gpo")) {
            assertTrue(Files.isRegularFile(out.resolve("reports/" + f + ".html")), f);
            assertTrue(Files.isRegularFile(out.resolve("reports/" + f + ".json")), f);
        }
        assertFalse(Files.exists(out.resolve("reports/broken.html")));
        try (var left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left behind");
        }
    }

    @Test
    void eachRowSaysWhatTheSingleDocumentReportSays() throws Exception {
        Path out = tmp.resolve("matrix");
        GapMatrix m = new GapBatchWorkflow().run(request(folder(), out, 2, false), new Recorder()).matrix();
        for (String f : FIXTURES) {
            GapReport single = new GapWorkflow().run(new GapWorkflow.Request(GAP.resolve(f), GAP.resolve("sent-gpo.docx"), null,
                    io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles())).report();
            Map<String, Verdict> expected = new LinkedHashMap<>();
            single.clauses().stream().filter(c -> c.kind().equals("clause")).forEach(c -> expected.put(c.id(), c.verdict()));
            GapMatrix.Row row = m.documents().stream().filter(d -> d.file().equals(f)).findFirst().orElseThrow();
            assertEquals(expected, row.verdicts(), f);
            assertEquals(single.summary().needsReview(), row.needsReview(), f);
            assertEquals(single.summary().silentEdits(), row.silentEdits(), f);
            JsonNode written = new ObjectMapper().readTree(out.resolve(row.reports().json()).toFile());
            assertEquals(single.summary().verdicts().get("unchanged"), written.at("/summary/verdicts/unchanged").asInt(), f);
        }
    }

    @Test
    void theMatrixValidatesAgainstTheShippedSchema() throws Exception {
        Path out = tmp.resolve("matrix");
        new GapBatchWorkflow().run(request(folder(), out, 2, false), new Recorder());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.text("gap-matrix"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("matrix.json").toFile());
        var errors = schema.validate(json);
        assertTrue(errors.isEmpty(), errors.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("documents").get(1)).put("needsReview", "maybe");
        assertFalse(schema.validate(json).isEmpty(), "the schema checks the rows");
    }

    @Test
    void oneThreadOrTwoWriteTheSameMatrix() throws Exception {
        Path in = folder();
        new GapBatchWorkflow().run(request(in, tmp.resolve("one"), 1, false), new Recorder());
        new GapBatchWorkflow().run(request(in, tmp.resolve("two"), 2, false), new Recorder());
        for (String f : List.of("matrix.csv", "matrix.json", "matrix.html", "reports/lo-supplier.json")) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(f)), Files.readString(tmp.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void theHeatMapIsSelfContainedAndEscapesNames() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String nasty = "<img src=x onerror=alert(1)> & \"quoted\", 'single' #1?.docx";
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve(nasty));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("=HYPERLINK(1).docx"));
        Path out = tmp.resolve("out");
        GapMatrix m = new GapBatchWorkflow().run(request(in, out, 2, false), new Recorder()).matrix();
        String html = Files.readString(out.resolve("matrix.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("http://") || html.contains("https://"), "no external references");
        assertFalse(html.contains("<img"), "file names are text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;, &#39;single&#39; #1?.docx"), html);
        String link = "reports/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%20%26%20%22quoted%22%2C%20%27single%27%20%231%3F.html";
        assertTrue(html.contains("href=\"" + link + "\""), "the link is percent-encoded");
        GapMatrix.Row row = m.documents().stream().filter(d -> d.file().equals(nasty)).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(out.resolve(row.reports().html())), "the link points at the report");
        for (Verdict v : Verdict.values()) assertTrue(html.contains("class=\"" + v.id() + "\""), "legend has " + v.id());
        for (GapMatrix.Row r : m.documents()) {
            String report = Files.readString(out.resolve(r.reports().html()), StandardCharsets.UTF_8);
            assertFalse(report.contains("http://") || report.contains("https://"), r.file());
        }
        String csv = Files.readString(out.resolve("matrix.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n'=HYPERLINK(1).docx,"), "a cell a spreadsheet would evaluate is defused: " + csv);
        assertTrue(csv.contains("\r\n\"<img src=x onerror=alert(1)> & \"\"quoted\"\", 'single' #1?.docx\","), "commas and quotes are quoted");
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedUnlessForced() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> new GapBatchWorkflow().run(request(in, out, 1, false), new Recorder()));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("is not empty (use --force"), e.getMessage());
        assertFalse(Files.exists(out.resolve("matrix.csv")), "nothing written");
        GapBatchWorkflow.Result r = new GapBatchWorkflow().run(request(in, out, 1, true), new Recorder());
        assertEquals(1, r.exitCode());
        assertTrue(Files.isRegularFile(out.resolve("matrix.html")));
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void aFolderWithoutDocumentsOrAnOutputThatIsAFileIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.write(empty.resolve("~$lock.docx"), new byte[] {0});
        Mc2Exception none = assertThrows(Mc2Exception.class,
                () -> new GapBatchWorkflow().run(request(empty, tmp.resolve("o"), 1, false), new Recorder()));
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.getMessage().endsWith("no .docx files"), none.getMessage());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Mc2Exception notDir = assertThrows(Mc2Exception.class, () -> new GapBatchWorkflow().run(request(in, file, 1, true), new Recorder()));
        assertTrue(notDir.getMessage().endsWith("is not a folder"), notDir.getMessage());
    }

    /**
     * A draft sent from the 0.2.0 library rated with today's: the clauses 0.3.0 added were never
     * sent, so no document has a verdict on them and the matrix shows no column for them.
     */
    @Test
    void aDraftFromAnOlderLibraryGivesColumnsOnlyForTheClausesItSent() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        GapBatchWorkflow.Result r = new GapBatchWorkflow().run(new GapBatchWorkflow.Request(in, tmp.resolve("out"),
                GAP.resolve("sent-gpo.docx"), null, Path.of("clauses"), Path.of("profiles"), 1, false), new Recorder());
        GapMatrix.Row acme = r.matrix().documents().get(0);
        assertNull(acme.error());
        List<String> columns = r.matrix().clauses().stream().map(GapMatrix.Column::id).toList();
        assertFalse(columns.contains("security-program"), "a clause the 0.2.0 draft never had: " + columns);
        assertTrue(columns.contains("patch-critical"), columns.toString());
        for (String id : columns) assertNotNull(acme.verdicts().get(id), "column " + id + " has a verdict");
    }

    @Test
    void aDocumentWithoutProvenanceIsAnErrorRowWhenNoDraftIsGiven() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        Files.copy(Path.of("src/test/resources/redline/redline.docx"), in.resolve("foreign.docx"));
        GapBatchWorkflow.Result r = new GapBatchWorkflow().run(new GapBatchWorkflow.Request(in, tmp.resolve("out"), null, null,
                io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), 2, false), new Recorder());
        GapMatrix.Row foreign = r.matrix().documents().get(1);
        assertEquals("foreign.docx", foreign.file());
        assertTrue(foreign.error().startsWith("carries no mc2 provenance"), foreign.error());
        GapMatrix.Row acme = r.matrix().documents().get(0);
        assertNull(acme.error());
        assertNotNull(acme.reports());
        assertEquals(Verdict.NEEDS_ESCALATION, acme.verdicts().get("patch-critical"), "rated against the regenerated draft");
        assertEquals(1, r.exitCode());
    }

    @Test
    void reportNamesAreUniqueIgnoringCase() {
        Map<Path, String> names = GapBatchWorkflow.reportNames(List.of(Path.of("d/Acme.docx"), Path.of("d/acme.DOCX"),
                Path.of("d/acme-2.docx"), Path.of("d/.docx")));
        assertEquals(List.of("Acme", "acme-2", "acme-2-2", "document"), new ArrayList<>(names.values()));
    }
}
