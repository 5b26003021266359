package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.GapWorkflow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code gap --profile P} on a document whose provenance names another profile re-rates the text we
 * sent against P's positions: the draft is regenerated from the profile that made it, so our own
 * unmodified draft shows no silent edit, and its values are rated by P.
 */
class RerateUnderAnotherProfileTest {

    /** Our gpo-standard draft as the library makes it today (a committed draft would age with every library change). */
    static Path sent;

    @org.junit.jupiter.api.BeforeAll
    static void draft(@org.junit.jupiter.api.io.TempDir Path dir) {
        sent = dir.resolve("sent-gpo.docx");
        new io.mc2.app.DraftWorkflow(java.util.List.of(new io.mc2.write.docx.DocxContractWriter())).run(new io.mc2.app.DraftWorkflow.Request(
                Path.of("clauses"), Path.of("profiles"), "gpo-standard", null, java.time.LocalDate.of(2026, 12, 1), "docx", sent, false));
    }

    static GapReport gap(String profile) {
        return new GapWorkflow().run(new GapWorkflow.Request(sent, null, profile, Path.of("clauses"), Path.of("profiles"))).report();
    }

    @Test
    void ourDraftUnderAStricterProfileHasNoSilentEditAndItsValuesRated() {
        GapReport r = gap("health-system-strict");
        assertEquals(0, r.summary().silentEdits());
        assertTrue(r.clauses().stream().noneMatch(GapReport.ClauseReport::silent));
        assertTrue(r.draft().warnings().stream().anyMatch(w -> w.contains("given with --profile")), r.draft().warnings().toString());
        // written from the two profiles (mc2 profile diff gpo-standard health-system-strict): we sent 30 days;
        // the strict profile prefers 15, falls back to 30, walks away at 45
        GapReport.ClauseReport risk = GapWorkflowTest.clause(r, "security-risk-management");
        assertEquals(Verdict.WITHIN_FALLBACK, risk.verdict());
        GapReport.ParameterReport days = risk.parameters().get(0);
        assertEquals("30", days.sent());
        assertEquals("30", days.found());
        assertEquals("15", days.preferred());
        // subcontractor notice: sent 30 days; strict prefers 60 and falls back to 30 (higher is stricter)
        assertEquals(Verdict.WITHIN_FALLBACK, GapWorkflowTest.clause(r, "subcontractors").verdict());
    }

    @Test
    void underItsOwnProfileOurDraftIsUnchanged() {
        GapReport r = gap("gpo-standard");
        assertTrue(r.clauses().stream().allMatch(c -> c.verdict() == Verdict.UNCHANGED), r.clauses().toString());
        assertEquals(0, r.summary().silentEdits());
    }
}
