package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.profile.ProfileResolver;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.testing.Mc2Run;
import io.mc2.testing.OutboundScan;
import io.mc2.testing.OutboundSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mc2 respond} to a supplier's own paper: our draft for the deal and a cover note that gives nothing internal away. */
class PaperAnswerTest {
    static final Path PAPER = Path.of("src/test/resources/paper/northwind-numbered.docx");
    static final Path DEAL = Path.of("output-samples/sample-deal.yaml");

    @Test
    void answersAPaperWithOurDraftAndACoverNoteOfWhatItOfferedAndWhatWeRequire(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("ours.docx");
        Mc2Run r = Mc2Run.of("respond", PAPER, "-o", out, "--deal", DEAL);
        assertEquals(0, r.exit(), r.toString());
        Path note = tmp.resolve("ours-cover-note.docx");
        assertTrue(r.err().contains("wrote " + out + " and " + note), r.err());
        // the draft is ours, with its provenance, for that deal
        var draft = RedlineReader.read(out);
        assertEquals("gpo-standard", draft.customProperties().get("mc2.profile.id"));
        String text = RedlineReader.read(note).text(View.ACCEPTED);
        assertTrue(text.contains("6.1 Security Patches for Critical Vulnerabilities\nYour paper: (clause 5.1) Supplier shall make available a "
                + "validated security update for each critical vulnerability in the Product, including in third-party components, within "
                + "60 days after Supplier confirms the vulnerability.\nWe require: Manufacturer shall validate and deliver to Customer a "
                // gpo-standard sends patch-critical's firm wording since library 0.3.0 (clauses/patching/patch-critical.yaml)
                + "Security Patch for each Critical Vulnerability in the Product, including a Critical Vulnerability in a Third-Party "
                + "Component, within thirty (30) days after Manufacturer becomes Aware of the Vulnerability."), text);
        // 2.3 since library 0.3.0 put the new Written Security Program and Personnel Screening (security-program) at 2.2
        assertTrue(text.contains("2.3 Threat Model and Security Risk Assessment\nYour paper: Your paper does not address this."), text);
        assertTrue(text.contains("Your clause 9.1 (Order of Precedence)"), text);
        assertTrue(!text.contains("Needs escalation") && !text.contains("needs-escalation"), "no verdicts");
    }

    @Test
    void theCoverNoteHoldsNoPositionGuidanceOrProfileName(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("ours.docx");
        assertEquals(0, Mc2Run.of("respond", PAPER, "-o", out, "--deal", DEAL).exit());
        byte[] note = Files.readAllBytes(tmp.resolve("ours-cover-note.docx"));
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String id : resolver.available()) names.add(resolver.resolve(id).name());
        OutboundSecrets secrets = OutboundSecrets.of(library, resolver.resolve("gpo-standard"), names);
        assertEquals(List.of(), OutboundScan.scan(note, null, secrets));
        // a position may appear only where our draft or the supplier's paper states that very value
        String noteText = RedlineReader.read(tmp.resolve("ours-cover-note.docx")).text(View.ACCEPTED);
        String allowed = RedlineReader.read(out).text(View.ACCEPTED) + "\n" + RedlineReader.read(PAPER).text(View.ACCEPTED);
        List<String> leaks = new ArrayList<>();
        for (var e : secrets.positions().entrySet()) {
            for (OutboundSecrets.PositionText p : e.getValue()) {
                if (noteText.contains(p.text()) && !allowed.contains(p.text())) leaks.add(e.getKey() + ": " + p.what() + " " + p.text());
            }
        }
        assertEquals(List.of(), leaks);
    }
}
