package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.compare.CompareOptions;
import io.mc2.compare.DocxComparer;
import io.mc2.compare.LibreOffice;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.testing.DocxCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The respond failures of the rounds issue, one fixture each (LibreOffice-made ones in
 * {@code respond/rounds}, see its make-fixtures.sh). Expected outcomes follow gpo-standard's
 * positions: patch-critical 30 / 45 / 60 days (preferred / fallback / walk-away), patch-high
 * 30 / 60 / 90, cvd-programme acknowledgement 5 / 7 / 10 business days, remote-access-logs
 * delivery 5 / 10 / 15 business days, cyber cover per claim USD 5,000,000 preferred and fallback,
 * USD 3,000,000 walk-away, product security training optional.
 */
class RespondRoundsTest {
    static final Path ROUNDS = Path.of("src/test/resources/respond/rounds");
    static final Path SENT = ROUNDS.resolve("sent.docx");

    @TempDir
    Path tmp;

    RespondWorkflow.Result respond(Path supplier, Path out) {
        return new RespondWorkflow().run(new RespondWorkflow.Request(supplier, SENT, null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(),
                "Riverside Legal", "2026-12-15T09:00:00Z", out, false));
    }

    static String action(RespondWorkflow.Result r, String id) {
        return r.decisions().stream().filter(d -> d.id().equals(id)).map(RespondWorkflow.Decision::action).findFirst().orElse("none");
    }

    static String row(List<String> lines, String title, String term) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).replaceFirst("^[\\d.]+ ", "").equals(title) && lines.get(i + 1).equals(term)) return lines.get(i + 2);
        }
        throw new AssertionError("no schedule row " + title + " / " + term);
    }

    /** Item 1: a silent schedule edit no longer wipes the supplier's tracked changes elsewhere. */
    @Test
    void aSilentScheduleEditIsRevertedInItsRowAlone() {
        Path out = tmp.resolve("counter.docx");
        RespondWorkflow.Result r = respond(ROUNDS.resolve("schedule-silent.docx"), out);
        assertEquals("silent edit reverted", action(r, "document"));
        assertEquals("accepted", action(r, "patch-high"), "sixty days for high vulnerabilities is our fallback");
        assertEquals("reverted", action(r, "patch-critical"), "ninety days for critical vulnerabilities is beyond walk-away");
        RedlineDocument doc = RedlineReader.read(out);
        List<String> accepted = doc.paragraphs(View.ACCEPTED);
        String text = String.join("\n", accepted);
        assertTrue(text.contains("for each High Vulnerability in the Product, including in a Third-Party Component, within sixty (60) days"),
                "the change we accept is still there");
        assertTrue(text.contains("for each Critical Vulnerability in the Product, including in a Third-Party Component, within thirty (30) days"));
        assertEquals("one hundred eighty (180) days", row(accepted, "Security Patches for Other Vulnerabilities", "Patch window, other Vulnerabilities"));
        assertEquals("sixty (60) days", row(accepted, "Security Patches for High Vulnerabilities", "Patch window, High Vulnerabilities"));
        assertEquals("thirty (30) days", row(accepted, "Security Patches for Critical Vulnerabilities", "Patch window, Critical Vulnerabilities"));
        // what we undid is ours to see: the original view of the counter is the supplier's text as they left it
        String original = doc.text(View.ORIGINAL);
        assertTrue(original.contains("within ninety (90) days after Manufacturer confirms"), "their ninety days, struck by us");
        List<String> originalLines = doc.paragraphs(View.ORIGINAL);
        assertEquals("three hundred sixty-five (365) days", row(originalLines, "Security Patches for Other Vulnerabilities",
                "Patch window, other Vulnerabilities"), "their silent row edit, struck by us as a tracked change");
        assertTrue(doc.revisions().stream().anyMatch(x -> "Riverside Legal".equals(x.author())));
    }

    /** Items 2 and 4: a value stated in another unit, and a money value, written into the schedule. */
    @Test
    void convertedAndMoneyValuesReachTheScheduleAsTheClausesSayThem() throws Exception {
        Path out = tmp.resolve("counter.docx");
        RespondWorkflow.Result r = respond(ROUNDS.resolve("units-money.docx"), out);
        // ten days is 7.1 business days: beyond 7 (fallback), within 10 (walk-away) for the acknowledgement ...
        assertEquals("countered with fallback", action(r, "cvd-programme"));
        // ... and within 10 (fallback) for delivering the session logs
        assertEquals("accepted", action(r, "remote-access-logging"));
        assertEquals("accepted", action(r, "cyber-insurance"), "USD 10,000,000 is more cover than we asked for");
        List<String> accepted = RedlineReader.read(out).paragraphs(View.ACCEPTED);
        assertEquals("seven (7) business days", row(accepted, "Coordinated Vulnerability Disclosure Programme",
                "Acknowledgement of a Vulnerability report"));
        assertEquals("ten (10) days", row(accepted, "Remote Access Session Logs", "Delivery of logs after a request"),
                "as the clause writes it, not as 7.1 business days");
        assertEquals("USD 10,000,000", row(accepted, "Cyber Insurance", "Cyber cover per claim"));
        if (Files.isExecutable(Path.of("/usr/bin/soffice"))) {
            LibreOffice.assumeAvailable();
            List<String> lo = RedlineReader.read(LibreOffice.resolveAll(out, true)).paragraphs(View.ACCEPTED);
            assertEquals("USD 10,000,000", row(lo, "Cyber Insurance", "Cyber cover per claim"), "LibreOffice reads the row as we do");
        }
    }

    /** Items 3 and 7: a compare output answered; the row of a clause whose deletion we accept goes with it. */
    @Test
    void aCompareOutputIsAnsweredAndADeletedClauseTakesItsRow() throws Exception {
        Path cmp = tmp.resolve("compare-output.docx");
        Files.write(cmp, DocxComparer.compare(Files.readAllBytes(SENT), Files.readAllBytes(ROUNDS.resolve("clean-copy.docx")),
                CompareOptions.defaults().withAuthor("Supplier Counsel").withDate("2026-12-10T00:00:00Z")).docx());
        Path out = tmp.resolve("counter.docx");
        RespondWorkflow.Result r = respond(cmp, out);
        assertEquals("accepted", action(r, "security-training"), "an optional clause deleted");
        assertEquals("reverted", action(r, "cyber-insurance"), "USD 2,000,000 is below our walk-away of USD 3,000,000");
        List<String> accepted = RedlineReader.read(out).paragraphs(View.ACCEPTED);
        assertEquals("USD 5,000,000", row(accepted, "Cyber Insurance", "Cyber cover per claim"));
        assertFalse(accepted.stream().anyMatch(l -> l.equals("Free security training per year")), "the training row went with its clause");
        assertTrue(RedlineReader.read(out).paragraphs(View.ORIGINAL).contains("Free security training per year"),
                "as our tracked row deletion");
    }

    /** Item 6: a paragraph typed above the title is struck, and nothing else moves. */
    @Test
    void aSilentParagraphBeforeTheTitleShiftsNothing() throws Exception {
        Path supplier = tmp.resolve("before-title.docx");
        DocxCopies.withPart(SENT, supplier, "word/document.xml", xml -> {
            SupplierEdits e = new SupplierEdits(xml, 1);
            e.insertBeforeTitle();
            return e.xml();
        });
        Path out = tmp.resolve("counter.docx");
        RespondWorkflow.Result r = respond(supplier, out);
        assertEquals(List.of("silent edit reverted"), r.decisions().stream().map(RespondWorkflow.Decision::action).toList());
        RedlineDocument counter = RedlineReader.read(out);
        assertEquals(RedlineReader.read(SENT).paragraphs(View.ACCEPTED), counter.paragraphs(View.ACCEPTED),
                "accepting our change gives the draft as sent, every heading in its place");
        assertEquals("SUPPLIER DRAFT FOR DISCUSSION", counter.paragraphs(View.ORIGINAL).get(0), "struck as our tracked change");
    }
}
