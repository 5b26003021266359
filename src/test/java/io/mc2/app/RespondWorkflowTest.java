package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter-redline over the LibreOffice-made supplier redline of a gpo-standard draft. */
class RespondWorkflowTest {
    static final Path GAP = Path.of("src/test/resources/gap");
    static final String US = "Riverside Legal";

    @TempDir
    Path tmp;

    RespondWorkflow.Result respond(Path out) {
        return new RespondWorkflow().run(new RespondWorkflow.Request(GAP.resolve("lo-supplier.docx"), GAP.resolve("sent-gpo.docx"),
                null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), US, "2026-12-15T09:00:00Z", out, false));
    }

    @Test
    void decidesEveryChangedClauseAndCommentsOnEach() throws Exception {
        Path out = tmp.resolve("counter.docx");
        RespondWorkflow.Result r = respond(out);
        String decisions = r.decisions().stream().map(d -> d.label() + ": " + d.action() + "\n    internal: " + d.reason()
                + "\n    to the supplier: " + d.comment()).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches("respond/lo-supplier-decisions.txt", decisions);

        RedlineDocument doc = RedlineReader.read(out);
        String accepted = doc.text(View.ACCEPTED);
        // within fallback, but commented on by the supplier: flagged for review, so their five business days stay
        assertTrue(accepted.contains("within five (5) business days after Manufacturer confirms"), "5.4 left for review");
        // needs escalation: our fallback of 45 days replaces their 60
        assertTrue(accepted.contains("within forty-five (45) days after Manufacturer confirms the Vulnerability"), "6.1 countered");
        // silent edit reverted, required clause restored
        assertTrue(accepted.contains("signed by an officer of Manufacturer"), "silent edit reverted");
        assertTrue(accepted.contains("the parties shall sign a Business Associate Agreement"), "required clause restored");
        // needs review: the supplier's text stays, with our comment
        assertTrue(accepted.contains("will use commercially reasonable efforts not to deliver"));
        List<Comment> ours = doc.comments().stream().filter(c -> US.equals(c.author())).toList();
        assertEquals(r.decisions().size(), ours.size(), "one comment per decision");
        // the supplier reads what we propose and why, never our positions or the profile
        assertTrue(ours.stream().noneMatch(c -> c.text().contains("gpo-standard") || c.text().contains("GPO Standard")));
        assertTrue(ours.stream().anyMatch(c -> c.text().startsWith("We cannot accept sixty (60) days; we propose forty-five (45) days,"
                + " in line with MC2 v2 #31. Critical Vulnerabilities in networked devices")), "6.1: what we propose and why");
        assertTrue(r.decisions().stream().anyMatch(d -> d.reason().contains("preferred 30 days, fallback 45 days, walk-away 60 days")),
                "the positions stay in the internal reason");
        assertTrue(doc.revisions().stream().anyMatch(x -> US.equals(x.author())), "our changes are tracked under our name");
        Comment theirs = doc.comments().stream().filter(c -> "Supplier Counsel".equals(c.author())).findFirst().orElseThrow();
        assertTrue(ours.stream().anyMatch(c -> theirs.id().equals(c.parent()) && c.text().equals("We are reviewing this change and will respond to it separately.")),
                "our decision on 5.4 answers the supplier's comment on it, in its thread");
        assertEquals(1, ours.stream().filter(c -> c.parent() != null).count(), "only where the supplier commented");
        assertFalse(accepted.contains("within sixty (60) days after Manufacturer confirms the Vulnerability. Until"),
                "the supplier's 60 days for critical patches are gone");
        // the Key Terms Schedule says what the clauses now say
        List<String> lines = List.of(accepted.split("\n"));
        // 5.4 is not agreed yet (under review), so its row keeps the value we sent
        assertEquals("three (3) business days", scheduleValue(lines, "5.4 Notice of Known Exploited Vulnerabilities",
                "Notice of Known Exploited Vulnerabilities"));
        assertEquals("forty-five (45) days", scheduleValue(lines, "6.1 Security Patches for Critical Vulnerabilities",
                "Patch window, Critical Vulnerabilities"));
        List<String> original = List.of(doc.text(View.ORIGINAL).split("\n"));
        assertEquals("thirty (30) days", scheduleValue(original, "6.1 Security Patches for Critical Vulnerabilities",
                "Patch window, Critical Vulnerabilities"), "rejecting our changes gives the supplier's schedule back");
    }

    private static String scheduleValue(List<String> lines, String clause, String term) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).equals(clause) && lines.get(i + 1).equals(term)) return lines.get(i + 2);
        }
        throw new AssertionError("no schedule row " + clause + " / " + term);
    }

    @Test
    void libreOfficeAcceptsTheCounterRedlineAsWeReadIt() throws Exception {
        Path tool = Path.of("..", "shared", "tools", "lo_redline.py");
        Assumptions.assumeTrue(SampleRenderTest.onPath("soffice") && Files.exists(tool) && Files.exists(Path.of("/usr/bin/python3")),
                "SKIPPED: soffice or ../shared/tools/lo_redline.py not available; LibreOffice round trip not run");
        Path out = tmp.resolve("counter.docx");
        respond(out);
        Path acc = tmp.resolve("accepted.docx");
        Process p = new ProcessBuilder("/usr/bin/python3", tool.toString(), out.toString(), acc.toString(), "--accept-all")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "LibreOffice could not open and accept the counter-redline");
        assertEquals(RedlineReader.read(out).paragraphs(View.ACCEPTED), RedlineReader.read(acc).paragraphs(View.ACCEPTED));
    }

    @Test
    void aCleanCopysScheduleKeepsEveryValueItsClauseEndsWith() {
        Path out = tmp.resolve("counter-clean.docx");
        new RespondWorkflow().run(new RespondWorkflow.Request(GAP.resolve("lo-clean-copy.docx"), GAP.resolve("sent-gpo.docx"),
                null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), US, null, out, false));
        RedlineDocument doc = RedlineReader.read(out);
        List<String> accepted = List.of(doc.text(View.ACCEPTED).split("\n"));
        assertEquals("Yes", scheduleValue(accepted, "18.2 Cyber Insurance", "Named as additional insured"), "a yes/no value is kept");
        assertEquals("three (3) years", scheduleValue(accepted, "18.2 Cyber Insurance", "Cover kept after the Agreement ends"));
        assertEquals("thirty (30) days", scheduleValue(accepted, "6.1 Security Patches for Critical Vulnerabilities",
                "Patch window, Critical Vulnerabilities"));
    }

    @Test
    void refusesToOverwriteTheSuppliersDocument() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.mc2.problem.Mc2Exception.class,
                () -> new RespondWorkflow().run(new RespondWorkflow.Request(GAP.resolve("lo-supplier.docx"), null, null,
                        io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), US, null, GAP.resolve("lo-supplier.docx"), true)));
        assertEquals(io.mc2.problem.ExitCode.USAGE, e.exitCode());
    }
}
