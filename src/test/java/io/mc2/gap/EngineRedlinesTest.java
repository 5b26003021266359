package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.compare.CompareOptions;
import io.mc2.compare.DocxComparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same four edits of our gpo-standard draft, made by different producers (see
 * src/test/resources/gap/engines/make-fixtures.sh), rate the same: a comparison engine that
 * deletes and re-inserts unchanged clauses (Docxodus, as Open-XML-PowerTools' WmlComparer does)
 * is read by content, not by its markup.
 */
class EngineRedlinesTest {

    static final Path DIR = Path.of("src/test/resources/gap/engines");
    static final Path SENT = Path.of("src/test/resources/gap/sent-gpo.docx");

    /**
     * Written from gpo-standard's positions before the code ran: critical patches 45 days (preferred 30,
     * fallback 45) within fallback; high patches 90 days (fallback 60, walk-away 90) needs escalation;
     * cyber cover USD 2,000,000 per claim (walk-away 3,000,000) beyond walk-away; "will use commercially
     * reasonable efforts to maintain" matches no variant and weakens the obligation: needs review.
     */
    static final Map<String, Verdict> EXPECTED = new LinkedHashMap<>(Map.of(
            "patch-critical", Verdict.WITHIN_FALLBACK,
            "patch-high", Verdict.NEEDS_ESCALATION,
            "cyber-insurance", Verdict.BEYOND_WALK_AWAY,
            "security-risk-management", Verdict.NEEDS_REVIEW));

    static void assertRatedAsExpected(GapReport r, boolean silent) {
        for (GapReport.ClauseReport c : r.clauses()) {
            Verdict expected = EXPECTED.getOrDefault(c.id(), Verdict.UNCHANGED);
            assertEquals(expected, c.verdict(), c.id() + ": " + c.findings());
            if (!c.kind().equals("clause")) continue;
            assertEquals(silent && EXPECTED.containsKey(c.id()), c.silent(), c.id() + " silent");
        }
        assertEquals(silent ? EXPECTED.size() : 0, r.summary().silentEdits(), "silent edits");
        assertTrue(r.summary().needsReview());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo-tracked.docx", "docxodus.docx"})
    void trackedRedlinesOfEveryEngineRateAlike(String file) {
        GapReport r = GapWorkflowTest.gap(DIR.resolve(file), SENT);
        assertRatedAsExpected(r, false);
        assertEquals("45", GapWorkflowTest.clause(r, "patch-critical").parameters().get(0).found());
        assertEquals("90", GapWorkflowTest.clause(r, "patch-high").parameters().get(0).found());
    }

    @Test
    void theCleanCopyIsTheSameEditsMadeSilently() {
        assertRatedAsExpected(GapWorkflowTest.gap(DIR.resolve("lo-clean.docx"), SENT), true);
    }

    /** compare turns the clean copy into a redline whose rejected view is our draft exactly: no silent edit is left. */
    @Test
    void compareThenGapFindsNoSilentEdit(@TempDir Path tmp) throws Exception {
        var result = DocxComparer.compare(Files.readAllBytes(SENT), Files.readAllBytes(DIR.resolve("lo-clean.docx")),
                CompareOptions.defaults().withAuthor("Riverside Legal"));
        Path redline = Files.write(tmp.resolve("compared.docx"), result.docx());
        assertRatedAsExpected(GapWorkflowTest.gap(redline, SENT), false);
    }

    /** The Docxodus redline really is the hard case: most of its clauses are deleted and re-inserted. */
    @Test
    void theDocxodusRedlineDeletesAndReinsertsUnchangedText() {
        var doc = io.mc2.redline.RedlineReader.read(DIR.resolve("docxodus.docx"));
        long deleted = doc.body().stream().filter(p -> p.markChange() == io.mc2.redline.Change.DELETED).count();
        long inserted = doc.body().stream().filter(p -> p.markChange() == io.mc2.redline.Change.INSERTED).count();
        assertTrue(deleted > 50 && inserted > 50, deleted + " deleted, " + inserted + " inserted paragraph marks");
        assertFalse(doc.revisions().isEmpty());
    }
}
