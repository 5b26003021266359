package io.mc2.negotiation;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supplier who returns our counter-redline without accepting our tracked changes (see
 * src/test/resources/negotiation/pending/README.md): what we sent, changes and all, is not their
 * edit, so only their own new change is rated, and nothing reads as a silent edit.
 */
class PendingChangesTest {

    static final Path F = NegotiationScenarioTest.F;

    @TempDir
    Path dir;

    @Test
    void ourPendingChangesAreWhatWeSentNotTheirs() throws Exception {
        Path record = dir.resolve("record");
        assertEquals(0, Mc2Run.of("draft", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "--deal", F.resolve("deal.yaml"), "--date", "2026-03-01", "-o", dir.resolve("sent.docx"),
                "--record", record).exit());
        assertEquals(1, Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "--record", record, "-f", "json").exit());
        Mc2Run respond = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "-o", dir.resolve("counter-r1.docx"), "--record", record);
        assertEquals(0, respond.exit(), respond.toString());

        Mc2Run gap = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), Path.of("src/test/resources/negotiation/pending/return-r2-pending.docx"), "--record", record,
                "-f", "json");
        JsonNode report = new ObjectMapper().readTree(gap.out());
        assertEquals(0, report.path("summary").path("silentEdits").asInt(), gap.err());
        Map<String, String> verdicts = NegotiationScenarioTest.verdicts(report);
        // written from gpo-standard: subcontractor notice 30 -> 20 days, fallback 20 (higher is stricter)
        assertEquals("within-fallback", verdicts.remove("subcontractors"));
        // 6.1 stays at the forty-five days we proposed, still as our pending change
        verdicts.forEach((id, v) -> assertEquals("unchanged", v, id));
        assertEquals(0, gap.exit(), gap.toString());
        assertTrue(gap.err().contains("round 2 return rated against"), gap.err());

        // answering it: their change accepted, ours still proposed, nothing lost
        Path counter = dir.resolve("counter-r2.docx");
        Mc2Run answer = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), Path.of("src/test/resources/negotiation/pending/return-r2-pending.docx"), "-o", counter,
                "--record", record);
        assertEquals(0, answer.exit(), answer.toString());
        String accepted = io.mc2.redline.RedlineReader.read(counter).text(io.mc2.redline.View.ACCEPTED);
        assertTrue(accepted.contains("written notice at least twenty (20) days before a new Subcontractor"), "their change accepted");
        assertTrue(accepted.contains("within forty-five (45) days after Manufacturer confirms"), "our proposal kept");
    }
}
