package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A clause moved the way Word writes a tracked move: its heading, with our bookmark, inside a
 * tracked insertion at the new place, the old place deleted and its content control gone. It is
 * that clause, moved (a low finding), rated as its text deserves; not extra text of the clause
 * before its new place, nor a deletion and novel text. Expected verdicts were written from
 * {@code mc2 profile show gpo-standard} before the code was run.
 */
class TrackedMoveTest {

    static GapReport gap(String file) {
        return GapWorkflowTest.gap(VerdictFixtures.DIR.resolve(file), VerdictFixtures.SENT);
    }

    /** The entries with a finding or a verdict other than unchanged, by id. */
    static Map<String, Verdict> noted(GapReport r) {
        return r.clauses().stream().filter(c -> c.verdict() != Verdict.UNCHANGED || !c.findings().isEmpty())
                .collect(java.util.stream.Collectors.toMap(GapReport.ClauseReport::id, GapReport.ClauseReport::verdict));
    }

    @Test
    void aClauseMovedWithMoveFromAndMoveToIsThatClauseMoved() {
        GapReport r = gap(VerdictFixtures.MOVED);
        // patch-validation's words are as sent: unchanged, with the move as a low finding and nothing else
        GapReport.ClauseReport moved = GapWorkflowTest.clause(r, "patch-validation");
        assertEquals("moved", moved.change());
        assertEquals(Verdict.UNCHANGED, moved.verdict());
        assertFalse(moved.silent());
        assertEquals(List.of("clause-moved"), moved.findings().stream().map(GapReport.Finding::rule).toList());
        assertEquals("low", moved.findings().get(0).severity());
        // the clause before its new place, the one before its old place and the article heading after it are untouched
        assertEquals(Map.of("patch-validation", Verdict.UNCHANGED), noted(r));
        assertTrue(r.clauses().stream().noneMatch(c -> c.kind().equals("novel")), "no novel text");
        assertFalse(r.summary().needsReview(), "a move alone needs nobody (exit 0)");
    }

    @Test
    void aClauseMovedAsDeletionAndInsertionIsRatedByItsNewText() {
        GapReport r = gap(VerdictFixtures.MOVED_AS_INSERTION);
        // installDays twenty days: preferred 10, fallback 20 -> within fallback; the move is a low finding beside it
        GapReport.ClauseReport moved = GapWorkflowTest.clause(r, "patch-validation");
        assertEquals("moved", moved.change());
        assertEquals(Verdict.WITHIN_FALLBACK, moved.verdict(), moved.findings().toString());
        assertEquals("20", StruckCostTest.parameter(moved, "installDays").found());
        assertEquals(Verdict.WITHIN_FALLBACK, StruckCostTest.parameter(moved, "installDays").verdict());
        assertTrue(GapFindingsTest.rules(moved).contains("clause-moved"), moved.findings().toString());
        assertFalse(moved.silent());
        assertEquals(Map.of("patch-validation", Verdict.WITHIN_FALLBACK), noted(r));
        assertFalse(r.summary().needsReview());
    }

    @Test
    void theCommittedFixturesAreWhatTheHelperMakes() throws IOException {
        String sent = StruckCostTest.document(VerdictFixtures.SENT);
        assertEquals(VerdictFixtures.clauseMoved(sent, true), StruckCostTest.document(VerdictFixtures.DIR.resolve(VerdictFixtures.MOVED)));
        assertEquals(VerdictFixtures.clauseMoved(sent, false),
                StruckCostTest.document(VerdictFixtures.DIR.resolve(VerdictFixtures.MOVED_AS_INSERTION)));
    }
}
