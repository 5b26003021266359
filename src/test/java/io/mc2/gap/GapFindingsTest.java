package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Findings a lawyer can trust, on redlines LibreOffice made from a 57-clause gpo-standard draft
 * ({@code src/test/resources/gap/rounds/}, made by {@code make-fixtures.sh} there; never regenerated
 * by tests). Every expected verdict was worked out from the profile's positions
 * ({@code mc2 profile show gpo-standard}) before the code was run; the comment at each says how.
 */
class GapFindingsTest {
    static final Path DIR = Path.of("src/test/resources/gap/rounds");

    static GapReport gap(String file) {
        return GapWorkflowTest.gap(DIR.resolve(file), DIR.resolve("sent.docx"));
    }

    static GapReport.ClauseReport entry(GapReport r, String id) {
        return GapWorkflowTest.clause(r, id);
    }

    /** Every entry that is not unchanged, by id. */
    static Map<String, Verdict> changed(GapReport r) {
        return r.clauses().stream().filter(c -> c.verdict() != Verdict.UNCHANGED)
                .collect(Collectors.toMap(GapReport.ClauseReport::id, GapReport.ClauseReport::verdict));
    }

    static Set<String> rules(GapReport.ClauseReport c) {
        return c.findings().stream().map(GapReport.Finding::rule).collect(Collectors.toSet());
    }

    static GapReport.Finding finding(GapReport.ClauseReport c, String rule) {
        return c.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(c.id() + " lacks " + rule + ": " + c.findings()));
    }

    @Test
    void anOpenSupplierCommentIsAFindingAndAResolvedOneIsNot() {
        GapReport r = gap("comments.docx");
        // security-risk-management: text as sent, an open comment rejecting it -> needs-review
        GapReport.ClauseReport risk = entry(r, "security-risk-management");
        assertEquals(Verdict.NEEDS_REVIEW, risk.verdict());
        GapReport.Finding f = finding(risk, "supplier-comment");
        assertTrue(f.evidence().contains("Supplier Counsel") && f.evidence().contains("please delete this clause"), f.evidence());
        // a comment on a definition the supplier did not change still puts it before a person
        assertEquals(Verdict.NEEDS_REVIEW, entry(r, "definition:Business Day").verdict());
        // cvd-programme: the only comment there was resolved (w15:done) -> as sent
        GapReport.ClauseReport cvd = entry(r, "cvd-programme");
        assertEquals(Verdict.UNCHANGED, cvd.verdict());
        assertTrue(cvd.comments().get(0).resolved());
        assertFalse(rules(cvd).contains("supplier-comment"));
        assertEquals(Map.of("security-risk-management", Verdict.NEEDS_REVIEW, "definition:Business Day", Verdict.NEEDS_REVIEW),
                changed(r));
        assertEquals(2, r.summary().openComments());
        assertTrue(r.summary().needsReview(), "exit code 1");
    }

    @Test
    void aCommentInAResolvedThreadIsSettledEvenWhenOnlyTheFirstCommentIsMarkedDone() {
        var root = new io.mc2.redline.Comment("1", "Supplier Counsel", null, "Too short.", "five (5)", null, true, 3);
        var reply = new io.mc2.redline.Comment("2", "Customer", null, "Agreed at 7.", "five (5)", "1", false, 3);
        var other = new io.mc2.redline.Comment("3", "Supplier Counsel", null, "And this?", "Customer", null, false, 4);
        SupplierComments comments = new SupplierComments(List.of(root, reply, other));
        List<GapReport.CommentReport> on3 = comments.on(List.of(3));
        assertEquals(2, on3.size());
        assertTrue(on3.stream().allMatch(GapReport.CommentReport::resolved), on3.toString());
        assertEquals(List.of(), SupplierComments.findings(on3));
        assertEquals(1, SupplierComments.findings(comments.on(List.of(4))).size());
    }

    @Test
    void aSilentEditKeepsTheValueVerdictAndIsItsOwnFinding() {
        GapReport r = gap("silent-values.docx");
        // ctl-logging: retention 60 days, higher is stricter; preferred 90, fallback 60 -> within-fallback
        GapReport.ClauseReport logging = entry(r, "ctl-logging");
        assertEquals(Verdict.WITHIN_FALLBACK, logging.verdict());
        assertTrue(logging.silent());
        assertEquals("high", finding(logging, "silent-edit").severity());
        // vuln-monitoring: report every 2 months, lower is stricter; preferred 3 -> meets-preferred
        GapReport.ClauseReport monitoring = entry(r, "vuln-monitoring");
        assertEquals(Verdict.MEETS_PREFERRED, monitoring.verdict());
        assertTrue(monitoring.silent());
        assertEquals(Map.of("ctl-logging", Verdict.WITHIN_FALLBACK, "vuln-monitoring", Verdict.MEETS_PREFERRED), changed(r));
        assertEquals(2, r.summary().silentEdits());
        assertTrue(r.summary().needsReview(), "a silent edit always needs a person: exit code 1");
    }

    @Test
    void aScheduleRowChangedWithItsClauseIsPartOfThatChange() {
        GapReport r = gap("schedule-in-step.docx");
        // patch-high: sixty (60) days in the clause and in the schedule; fallback 60 -> within-fallback
        GapReport.ClauseReport high = entry(r, "patch-high");
        assertEquals(Verdict.WITHIN_FALLBACK, high.verdict());
        assertEquals("low", finding(high, "schedule-row").severity());
        assertEquals(Map.of("patch-high", Verdict.WITHIN_FALLBACK), changed(r), "no separate document finding");
        assertFalse(r.summary().needsReview(), "exit code 0");
    }

    @Test
    void aScheduleRowThatContradictsItsClauseNeedsAPerson() {
        GapReport r = gap("schedule-mismatch.docx");
        // patch-critical: clause still thirty (30) days, schedule now one hundred twenty (120) days
        GapReport.ClauseReport critical = entry(r, "patch-critical");
        GapReport.Finding f = finding(critical, "schedule-inconsistent");
        assertEquals("high", f.severity());
        assertTrue(f.evidence().contains("one hundred twenty (120) days") && f.evidence().contains("thirty (30) days"), f.evidence());
        assertEquals(Verdict.NEEDS_REVIEW, critical.verdict());
        assertEquals(Map.of("patch-high", Verdict.WITHIN_FALLBACK, "patch-critical", Verdict.NEEDS_REVIEW), changed(r));
        assertTrue(r.summary().needsReview(), "exit code 1");
    }

    @Test
    void theWordingWeSentIsRatedByItsValues() {
        GapReport r = gap("variant-values.docx");
        // security-risk-management sent balanced (2nd acceptable); 20 days <= preferred 30 -> meets-preferred
        GapReport.ClauseReport risk = entry(r, "security-risk-management");
        assertEquals("balanced", risk.variant().found());
        assertEquals(Verdict.MEETS_PREFERRED, risk.verdict());
        // patch-high 45 days: preferred 30 < 45 <= fallback 60 -> within-fallback
        // patch-critical 45 days (the same sentence): fallback 45 -> within-fallback
        assertEquals(Map.of("security-risk-management", Verdict.MEETS_PREFERRED, "patch-high", Verdict.WITHIN_FALLBACK,
                "patch-critical", Verdict.WITHIN_FALLBACK), changed(r));
        assertFalse(r.summary().needsReview(), "exit code 0");
    }

    @Test
    void parametersTheFoundWordingDoesNotHoldAreNotRated() {
        GapReport r = gap("other-variant.docx");
        // cyber-insurance sent strong; the balanced wording (acceptable, 2nd) with USD 5,000,000 (= preferred)
        // -> within-fallback; balanced has no tail cover nor additional insured: neither is rated
        GapReport.ClauseReport insurance = entry(r, "cyber-insurance");
        assertEquals("balanced", insurance.variant().found());
        assertEquals(Verdict.WITHIN_FALLBACK, insurance.verdict());
        assertEquals(List.of("perClaim"), insurance.parameters().stream().map(GapReport.ParameterReport::name).toList());
        assertEquals(Verdict.MEETS_PREFERRED, insurance.parameters().get(0).verdict());
        assertEquals(Map.of("cyber-insurance", Verdict.WITHIN_FALLBACK), changed(r));
        assertFalse(r.summary().needsReview(), "exit code 0");
    }

    @Test
    void typoLevelChangesAreLowSeverityAndNeedNobody() {
        GapReport r = gap("typos.docx");
        // each clause keeps our wording and values (sent = preferred) -> meets-preferred, a low wording finding
        for (String id : List.of("vuln-monitoring", "ctl-logging", "ctl-malware-protection", "data-sanitisation")) {
            GapReport.ClauseReport c = entry(r, id);
            assertEquals(Verdict.MEETS_PREFERRED, c.verdict(), id + ": " + c.findings());
            assertEquals("low", finding(c, "wording").severity(), id);
            assertTrue(c.findings().stream().allMatch(f -> f.severity().equals("low")), id + ": " + c.findings());
        }
        assertTrue(finding(entry(r, "vuln-monitoring"), "wording").evidence().contains("recognized"));
        // a doubled space leaves the words as we sent them: unchanged, but the tracked change is noted
        GapReport.ClauseReport remote = entry(r, "remote-access-approval");
        assertEquals(Verdict.UNCHANGED, remote.verdict());
        assertEquals("low", finding(remote, "wording").severity());
        assertEquals(4, changed(r).size(), changed(r).toString());
        assertFalse(r.summary().needsReview(), "exit code 0");
    }

    @Test
    void numbersThatMovedWithANovelClauseAreNotSilentEdits() {
        GapReport r = gap("novel-clause.docx");
        // a new clause 5.3 shifts 5.3.. by one: the reference "clause 5.3" in 6.1 and the schedule's clause
        // numbers now read 5.4.. - no edit of ours, so only the novel text is reported
        GapReport.ClauseReport novel = r.clauses().stream().filter(c -> c.kind().equals("novel")).findFirst().orElseThrow();
        assertEquals("Vulnerability Triage by Manufacturer", novel.title());
        assertEquals(Map.of(novel.id(), Verdict.NOVEL), changed(r));
        assertEquals(0, r.summary().silentEdits());
        assertTrue(r.summary().needsReview(), "novel text needs a person");
    }
}
