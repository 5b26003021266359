package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.GapWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.profile.ProfileResolver;
import io.mc2.report.ReportText;
import io.mc2.testing.Mc2Run;
import io.mc2.testing.OutboundScan;
import io.mc2.testing.OutboundSecrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@code mc2 gap --summary} / {@code -f txt}: the email summary of a supplier's return. It may be
 * pasted into an email to the supplier, so it is scanned as the outbound documents are: no
 * negotiating words, internal guidance, profile names or position values other than the supplier's own.
 */
class GapSummaryCommandTest {
    static final Path GAP = Path.of("src/test/resources/gap");
    static final List<Path> RETURNS = List.of(GAP.resolve("lo-supplier.docx"), GAP.resolve("lo-supplier-paper.docx"),
            GAP.resolve("lo-clean-copy.docx"), Path.of("output-samples/supplier-return.docx"));

    @Test
    void aboutTenLinesSayingWhatWeAcceptCounterAndStillReview() {
        // lo-supplier.docx is a LibreOffice redline of a library 0.2.0 draft: its clause numbers (12.1, 5.4) are those of that library
        Mc2Run run = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(),
                GAP.resolve("lo-supplier.docx"), "--draft", GAP.resolve("sent-gpo.docx"), "--summary");
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() <= 12, "short enough to paste: " + run.out());
        assertEquals("Our review of lo-supplier.docx: 55 clauses, 48 returned unchanged, 8 changes to answer.", lines.get(0));
        assertTrue(lines.contains("Acceptable as you returned them (1): 6.2 Security Patches for High Vulnerabilities "
                + "(you proposed 60 days for patch window, high vulnerabilities)."), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("We will propose other terms (1): 6.1 Security Patches for Critical")), run.out());
        assertTrue(lines.contains("We cannot accept these and keep our text (1): 12.1 Business Associate Agreement "
                + "(you deleted it; it stays in the agreement)."), run.out());
        assertTrue(lines.contains("- 5.4 Notice of Known Exploited Vulnerabilities: your comment is open."), run.out());
        assertTrue(lines.contains("- 2.1 Secure Development Lifecycle and Attestation: the text was changed without a tracked change; "
                + "we restore ours."), run.out());
        assertTrue(lines.contains("Still under review on our side (5):"), run.out());
        assertEquals(11, lines.size(), run.out());
        assertEquals("Our marked-up reply follows with the details.", lines.get(lines.size() - 1));
    }

    @Test
    void formatTxtAndAnOutputFileEndingInTxtAreTheSameSummary() throws Exception {
        Mc2Run summary = Mc2Run.of("gap", GAP.resolve("lo-supplier-paper.docx"), "--summary");
        Mc2Run txt = Mc2Run.of("gap", GAP.resolve("lo-supplier-paper.docx"), "-f", "txt");
        assertEquals(summary.out(), txt.out());
        assertTrue(summary.out().startsWith("Our review of lo-supplier-paper.docx: "), summary.out());
        Path out = java.nio.file.Files.createTempDirectory("mc2-summary").resolve("reply.txt");
        Mc2Run file = Mc2Run.of("gap", GAP.resolve("lo-supplier-paper.docx"), "-o", out);
        assertEquals(summary.out(), java.nio.file.Files.readString(out), file.toString());
    }

    @Test
    void summaryWithAnotherFormatIsAUsageError() {
        Mc2Run run = Mc2Run.of("gap", GAP.resolve("lo-supplier.docx"), "--summary", "-f", "json");
        assertEquals(2, run.exit());
        assertEquals("mc2: --summary is the txt format; it cannot be combined with --format json", run.err().strip());
    }

    @Test
    void noPositionGuidanceOrProfileNameReachesTheSummary() {
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        Set<String> names = new LinkedHashSet<>();
        for (String id : resolver.available()) names.add(resolver.resolve(id).name());
        for (Path doc : RETURNS) {
            Mc2Run run = Mc2Run.of("gap", doc, "--summary");
            GapReport report = new GapWorkflow().run(new GapWorkflow.Request(doc, null, null, Path.of("clauses"), Path.of("profiles"), null))
                    .report();
            OutboundSecrets secrets = OutboundSecrets.of(library, resolver.resolve(report.draft().profile()), names);
            assertFalse(run.out().isBlank(), doc.toString());
            assertEquals(List.of(), leaks(run.out(), report, secrets), doc + ":\n" + run.out());
        }
    }

    @Test
    void theLeakCheckFindsPositionsInTheInternalReport() {
        Path doc = GAP.resolve("lo-supplier.docx");
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        GapReport report = new GapWorkflow().run(new GapWorkflow.Request(doc, null, null, Path.of("clauses"), Path.of("profiles"), null))
                .report();
        OutboundSecrets secrets = OutboundSecrets.of(library, resolver.resolve(report.draft().profile()), Set.of(resolver.resolve("gpo-standard").name()));
        String markdown = Mc2Run.of("gap", doc).out();
        List<String> leaks = leaks(markdown, report, secrets);
        assertTrue(leaks.stream().anyMatch(l -> l.startsWith("negotiating word")), leaks.toString());
        assertTrue(leaks.stream().anyMatch(l -> l.startsWith("position")), leaks.toString());
    }

    /** What must not be there; the values the supplier wrote are theirs to read again and are taken out first. */
    static List<String> leaks(String text, GapReport report, OutboundSecrets secrets) {
        String all = text.replaceAll("\\s+", " ");
        List<String> out = new ArrayList<>();
        Matcher m = OutboundScan.WORDS.matcher(all);
        while (m.find()) out.add("negotiating word '" + m.group() + "'");
        for (String g : secrets.guidance()) if (!g.isEmpty() && all.contains(g)) out.add("guidance \"" + g + "\"");
        for (String label : secrets.labels()) if (all.contains(label)) out.add("profile name '" + label + "'");
        String rest = all;
        for (GapReport.ClauseReport c : report.clauses()) {
            for (GapReport.ParameterReport p : c.parameters()) {
                if (p.found() != null) rest = rest.replace(ReportText.value(p, p.found()), "");
            }
        }
        for (var e : secrets.positions().entrySet()) {
            for (OutboundSecrets.PositionText p : e.getValue()) {
                if (rest.contains(p.text())) out.add("position " + p.what() + " of '" + e.getKey() + "': " + p.text());
            }
        }
        return out;
    }
}
