package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.testing.Mc2Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mc2 draft}: the count it reports is the document's (gpo-standard numbers Definitions as
 * article 1, so its 17 clause articles make 18), the signatories of the deal are printed, a required
 * clause the deal's device facts drop is a warning, and {@code --final} writes the execution copy.
 */
class DraftCommandTest {
    static final Path DEAL = Path.of("output-samples/sample-deal.yaml");

    @TempDir
    Path tmp;

    @Test
    void theCountIsTheArticlesTheDocumentNumbers() throws IOException {
        Path md = tmp.resolve("d.md");
        Mc2Run r = Mc2Run.of("draft", "--deal", DEAL, "-o", md);
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(md);
        int last = 0;
        for (int n = 1; text.contains("<a id=\"article-" + n + "\"></a>" + n + ". "); n++) last = n;
        assertTrue(r.err().contains(" clauses in " + last + " articles"), last + " articles numbered; " + r.err());
        assertTrue(text.contains("| Name: Jordan Ellis | Name: Sam Patel |"), "the deal's signatories are printed");
        assertTrue(text.contains("| Title: Chief Information Security Officer | Title: Vice President, Product Security |"));
        assertTrue(text.contains("— Draft v"), "a draft says so");
    }

    @Test
    void theExecutionCopyHasNoDraftHeaderAndNoLabelsOfOurs() throws IOException {
        Path docx = tmp.resolve("final.docx");
        Mc2Run r = Mc2Run.of("draft", "--deal", DEAL, "--final", "-o", docx);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("(execution copy)"), r.err());
        assertFalse(r.err().contains("recorded round"), "a copy to sign opens no negotiation round");
        assertFalse(Files.exists(tmp.resolve("negotiation")));
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            StringBuilder all = new StringBuilder();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml")) all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
            String xml = all.toString();
            assertFalse(xml.contains("Draft"), "no \"Draft\" anywhere: header, properties");
            assertFalse(xml.contains("<w:sdt>") || xml.contains("<w:sdt "), "no content controls");
            assertFalse(xml.contains("mc2.clause."), "no clause labels with variant names");
            assertFalse(xml.contains(";balanced;") || xml.contains("\"balanced\""), "no variant names");
            assertTrue(xml.contains("Jordan Ellis") && xml.contains("Sam Patel"), "signatories printed");
            assertTrue(xml.contains("MSA-2026-0042"), "the header still names the agreement");
        }
        Path html = tmp.resolve("final.html");
        assertEquals(0, Mc2Run.of("draft", "--deal", DEAL, "--final", "-o", html).exit());
        String page = Files.readString(html);
        assertFalse(page.contains("data-variant") || page.contains("data-parameter") || page.contains("Draft v"), "html likewise");
    }

    @Test
    void aRequiredClauseTheDealDropsIsAWarning() throws IOException {
        Path deal = Files.writeString(tmp.resolve("deal.yaml"), "device: {networked: false, stores-phi: false, transmits-phi: false}\n");
        Path profile = Files.writeString(tmp.resolve("p.yaml"), """
                id: p
                name: P
                version: 1.0.0
                extends: gpo-standard
                clauses:
                  ctl-encryption:
                    required: true
                """);
        Mc2Run r = Mc2Run.of("draft", "--profile", profile, "--deal", deal, "-o", tmp.resolve("d.md"));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("mc2: warning: required clause 'ctl-encryption' (Encryption) is left out: it applies only when"
                + " networked or stores-phi or transmits-phi"), r.err());
        assertFalse(r.err().contains("'patch-critical'"), "patch-critical has an offline wording");
        assertFalse(r.err().contains("'business-associate'"), "the BAA is left out on purpose");
        assertTrue(Files.readString(tmp.resolve("d.md")).contains("receives software only at a service visit or from removable media"));
    }
}
