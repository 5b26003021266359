package io.mc2.negotiation;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.yaml.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three rounds of a negotiation over the gpo-standard profile, with supplier returns LibreOffice
 * made (src/test/resources/negotiation/three-rounds/make-fixtures.sh). The verdicts expected are
 * read from the profile's positions ({@code mc2 profile show gpo-standard}):
 * patch-critical window preferred 30, fallback 45, walk-away 60 days; patch-high window preferred
 * 30, fallback 60, walk-away 90 days; a supplier comment makes its clause needs-review.
 */
class NegotiationScenarioTest {
    static final Path F = Path.of("src/test/resources/negotiation/three-rounds");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void threeRoundsEndAgreed() throws IOException {
        Path record = dir.resolve("record");
        Mc2Run draft = Mc2Run.of("draft", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "--deal", F.resolve("deal.yaml"), "--date", "2026-03-01", "-o", dir.resolve("sent.docx"),
                "--record", record);
        assertEquals(0, draft.exit(), draft.toString());
        assertTrue(draft.err().contains("recorded round 1 in " + record), draft.err());

        // round 1: 55 days is beyond fallback 45 within walk-away 60; 45 days is within fallback 60; a comment
        Map<String, String> r1 = verdicts(gap(record, "return-r1.docx", 1, 1));
        assertEquals("needs-escalation", r1.remove("patch-critical"));
        assertEquals("within-fallback", r1.remove("patch-high"));
        assertEquals("needs-review", r1.remove("cvd-programme"));
        r1.forEach((id, v) -> assertEquals("unchanged", v, id));
        respond(record, "return-r1.docx", "counter-r1.docx", 2);

        // round 2, against our counter as accepted: patch-critical again beyond fallback (50 > 45), a new comment;
        // what round 1 settled (patch-high's 45 days, the answered CVD comment, our schedule rows) is not flagged again
        JsonNode report2 = gap(record, "return-r2.docx", 2, 1);
        assertEquals(0, report2.path("summary").path("silentEdits").asInt());
        Map<String, String> r2 = verdicts(report2);
        assertEquals("needs-escalation", r2.remove("patch-critical"));
        assertEquals("needs-review", r2.remove("security-risk-management"));
        r2.forEach((id, v) -> assertEquals("unchanged", v, id));
        respond(record, "return-r2.docx", "counter-r2.docx", 3);

        // round 3: the supplier accepted everything
        Map<String, String> r3 = verdicts(gap(record, "return-r3.docx", 3, 0));
        r3.forEach((id, v) -> assertEquals("unchanged", v, id));

        Mc2Run status = Mc2Run.of("status", "--record", record, "-f", "json");
        assertEquals(0, status.exit(), status.toString());
        JsonNode s = JSON.readTree(status.out());
        assertEquals(3, s.path("round").asInt());
        Map<String, JsonNode> clauses = new HashMap<>();
        for (JsonNode c : s.path("clauses")) clauses.put(c.path("id").asText(), c);
        assertEquals(57, clauses.size());
        clauses.forEach((id, c) -> assertEquals("agreed", c.path("state").asText(), id));
        assertEquals("us", clauses.get("patch-critical").path("movedLast").asText());
        assertTrue(clauses.get("patch-critical").path("text").asText().contains("within forty-five (45) days after Manufacturer confirms"));
        assertEquals("supplier", clauses.get("patch-high").path("movedLast").asText());
        assertTrue(clauses.get("patch-high").path("text").asText().contains("within forty-five (45) days"));
        assertEquals("nobody", clauses.get("sbom").path("movedLast").asText());
        Mc2Run md = Mc2Run.of("status", "--record", record);
        assertTrue(md.out().contains("Every clause agreed (57)") && md.out().contains("Internal"), md.out());
        assertTrue(Mc2Run.of("status", "--record", record, "-f", "html").out().contains("<td class=\"agreed\">agreed</td>"));

        JsonNode index = JSON.readTree(record.resolve("record.json").toFile());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.text("negotiation"));
        assertEquals(java.util.List.of(), schema.validate(index));
        assertEquals(3, index.path("rounds").size());
        assertEquals(SchemaCheck.text("negotiation"), Mc2Run.of("schema", "negotiation").out());
    }

    /** The gap report of a return, rated through the record: exit 1 while something needs us, 0 at the end. */
    private JsonNode gap(Path record, String file, int round, int exit) throws IOException {
        Mc2Run r = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve(file), "--record", record, "-f", "json");
        assertEquals(exit, r.exit(), r.toString());
        assertTrue(r.err().contains("round " + round + " return rated against " + record.resolve("round-" + round).resolve("sent.docx")), r.err());
        assertFalse(r.err().contains("warning"), r.err());
        assertTrue(Files.isRegularFile(record.resolve("round-" + round).resolve("returned.docx")));
        return JSON.readTree(r.out());
    }

    private void respond(Path record, String file, String counter, int next) throws IOException {
        Path out = dir.resolve(counter);
        Mc2Run r = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve(file), "-o", out, "--record", record);
        assertEquals(0, r.exit(), r.toString());
        RedlineDocument doc = RedlineReader.read(out);
        JsonNode sent = JSON.readTree(record.resolve("record.json").toFile()).path("rounds").get(next - 1).path("sent");
        assertEquals(Integer.toString(next), doc.customProperties().get(RoundStamp.ROUND));
        assertEquals("MSA-2026-0042", doc.customProperties().get(RoundStamp.NEGOTIATION));
        assertEquals(sent.path("textSha256").asText(), doc.customProperties().get(RoundStamp.SENT_SHA256));
        assertEquals(sent.path("sha256").asText(), RoundStamp.sha256(Files.readAllBytes(out)));
        assertTrue(Files.isRegularFile(record.resolve("round-" + (next - 1)).resolve("decisions.json")));
        // the record is internal: nothing of its place in the outbound document
        doc.customProperties().values().forEach(v -> assertFalse(v.contains(dir.toString()), v));
    }

    /** Verdict of every clause (kind "clause") of a report. */
    static Map<String, String> verdicts(JsonNode report) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode c : report.path("clauses")) {
            if (c.path("kind").asText().equals("clause")) out.put(c.path("id").asText(), c.path("verdict").asText());
        }
        return out;
    }
}
