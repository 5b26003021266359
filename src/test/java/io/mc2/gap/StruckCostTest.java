package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * A supplier who strikes "at no charge" in wording that matches no variant has said no to a
 * boolean cost parameter: the cost-shifted language rule reads it as false (the clause file's
 * {@code false-when}) and it is rated against the positions. Expected verdicts were written from
 * {@code mc2 profile show gpo-standard} before the code was run.
 */
class StruckCostTest {

    static GapReport.ParameterReport parameter(GapReport.ClauseReport c, String name) {
        return c.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(c.id() + " has no rated " + name + ": " + c.parameters()));
    }

    @Test
    void struckNoChargeWordingIsRatedAgainstTheCostPositions() {
        GapReport r = GapWorkflowTest.gap(VerdictFixtures.DIR.resolve(VerdictFixtures.COST_STRUCK), VerdictFixtures.SENT);
        // patch-validation noCharge: preferred, fallback and walk-away all yes -> no is beyond walk-away,
        // and so is the clause; installDays stays ten days (preferred 10)
        GapReport.ClauseReport patch = GapWorkflowTest.clause(r, "patch-validation");
        assertEquals(Verdict.BEYOND_WALK_AWAY, patch.verdict(), patch.findings().toString());
        assertEquals("false", parameter(patch, "noCharge").found());
        assertEquals(Verdict.BEYOND_WALK_AWAY, parameter(patch, "noCharge").verdict());
        assertEquals(Verdict.MEETS_PREFERRED, parameter(patch, "installDays").verdict());
        assertTrue(GapFindingsTest.rules(patch).contains("cost-shifted"), patch.findings().toString());
        // os-support-margin atMdmCost: preferred and fallback yes, walk-away no -> no needs escalation;
        // the clause stays needs-review, the worse, since its wording matches no variant
        GapReport.ClauseReport os = GapWorkflowTest.clause(r, "os-support-margin");
        assertEquals(Verdict.NEEDS_ESCALATION, parameter(os, "atMdmCost").verdict());
        assertEquals(Verdict.MEETS_PREFERRED, parameter(os, "margin").verdict());
        assertEquals(Verdict.NEEDS_REVIEW, os.verdict());
        assertEquals(Map.of("patch-validation", Verdict.BEYOND_WALK_AWAY, "os-support-margin", Verdict.NEEDS_REVIEW),
                GapFindingsTest.changed(r));
    }

    @Test
    void theCommittedFixtureIsWhatTheHelperMakes() throws IOException {
        assertEquals(VerdictFixtures.costStruck(document(VerdictFixtures.SENT)),
                document(VerdictFixtures.DIR.resolve(VerdictFixtures.COST_STRUCK)));
    }

    static String document(Path docx) throws IOException {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            return new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
