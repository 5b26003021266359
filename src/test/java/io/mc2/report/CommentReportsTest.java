package io.mc2.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mc2.app.GapWorkflow;
import io.mc2.gap.GapMatrix;
import io.mc2.gap.GapReport;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.report.docx.DocxReportWriter;
import io.mc2.yaml.SchemaCheck;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supplier comment reaches every report format and the batch matrix (fixture gap/rounds/comments.docx). */
class CommentReportsTest {
    static final Path DIR = Path.of("src/test/resources/gap/rounds");
    static final String COMMENT = "We cannot share residual risks; please delete this clause.";

    final GapReport report = new GapWorkflow().run(new GapWorkflow.Request(DIR.resolve("comments.docx"), DIR.resolve("sent.docx"),
            null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles())).report();

    @Test
    void everyReportFormatShowsTheComment(@TempDir Path tmp) throws Exception {
        String md = new MarkdownReportWriter().render(report);
        assertTrue(md.contains("Supplier comment") && md.contains("please delete this clause"), md);
        assertTrue(md.contains("2 open supplier comments"), md);
        assertTrue(md.contains("(resolved)"), "the settled comment is shown as such");
        String html = new HtmlReportWriter().render(report);
        assertTrue(html.contains("<p class=\"comment\"><b>Supplier Counsel") && html.contains(COMMENT), html);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, docx);
        Path file = tmp.resolve("report.docx");
        Files.write(file, docx.toByteArray());
        assertTrue(RedlineReader.read(file).text(View.ACCEPTED).contains(COMMENT));
        JsonNode json = new ObjectMapper().readTree(JsonReportWriter.json(report));
        assertEquals(2, json.get("summary").get("openComments").asInt());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.text("gap-report"));
        assertEquals(List.of(), schema.validate(json));
    }

    @Test
    void theMatrixMarksCommentedClauses() throws Exception {
        GapMatrix.Row row = GapMatrix.Row.of("comments.docx", report, new GapMatrix.Reports("reports/c.html", "reports/c.json"));
        assertEquals(2, row.openComments());
        assertEquals(List.of("definition:Business Day", "security-risk-management"), row.commented().stream().sorted().toList());
        GapMatrix m = new GapMatrix(GapMatrix.SCHEMA, "gpo-standard",
                List.of(new GapMatrix.Column("security-risk-management", "2.2", "Threat Model and Security Risk Assessment"),
                        new GapMatrix.Column("cvd-programme", "5.1", "Coordinated Vulnerability Disclosure Programme")), List.of(row));
        String[] csv = new MatrixCsvWriter().render(m).split("\r\n");
        assertEquals("file,security-risk-management,cvd-programme,other,silent-edits,comments,needs-review,error", csv[0]);
        assertEquals("comments.docx,needs-review,unchanged,needs-review,0,2,yes,", csv[1]);
        String html = new MatrixHtmlWriter().render(m);
        assertTrue(html.contains("supplier comment\">R*</td>"), html);
        JsonNode json = new ObjectMapper().readTree(MatrixJsonWriter.json(m));
        assertEquals(2, json.get("documents").get(0).get("openComments").asInt());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.text("gap-matrix"));
        assertEquals(List.of(), schema.validate(json));
    }

    @Test
    void aBatchWithACommentOnlyRedlineNeedsAPerson(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("returned"));
        Files.copy(DIR.resolve("comments.docx"), in.resolve("comments.docx"));
        var result = new io.mc2.app.GapBatchWorkflow().run(new io.mc2.app.GapBatchWorkflow.Request(in, tmp.resolve("out"),
                DIR.resolve("sent.docx"), null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), 1, false), new io.mc2.app.GapBatchWorkflow.Progress() {
                    @Override
                    public void started(int total) {
                    }

                    @Override
                    public void finished(int done, int total, GapMatrix.Row row, io.mc2.app.GapBatchWorkflow.Failure failure) {
                    }
                });
        assertEquals(1, result.exitCode());
        assertTrue(Files.readString(tmp.resolve("out/matrix.csv")).contains(",needs-review,"));
    }
}
