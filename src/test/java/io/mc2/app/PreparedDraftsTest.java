package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.DocxCopies;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft we sent is prepared once per provenance, not once per supplier document. */
class PreparedDraftsTest {
    static final Path GAP = Path.of("src/test/resources/gap");

    @TempDir
    Path tmp;

    @Test
    void documentsWithTheSameProvenanceShareOneDraftAndAnotherDealGetsItsOwn() throws Exception {
        Path otherDeal = tmp.resolve("other-deal.docx");
        DocxCopies.withPart(GAP.resolve("lo-supplier.docx"), otherDeal, "docProps/custom.xml", xml -> {
            assertTrue(xml.contains("IS-3000"), "the fixture names the product model");
            return xml.replace("IS-3000", "IS-4000");
        });
        PreparedDrafts drafts = new PreparedDrafts(null, null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), new ClauseRenderer());
        PreparedDraft a = drafts.forDocument(read("lo-supplier.docx"), GAP.resolve("lo-supplier.docx"));
        PreparedDraft b = drafts.forDocument(read("lo-clean-copy.docx"), GAP.resolve("lo-clean-copy.docx"));
        PreparedDraft c = drafts.forDocument(RedlineReader.read(otherDeal), otherDeal);
        assertSame(a, b, "same profile, library, deal facts and date: one preparation");
        assertNotSame(a, c, "other deal facts: another draft");
        assertSame(a.profile(), c.profile(), "the profile is resolved once");
        assertEquals("IS-3000", a.contract().provenance().get("mc2.deal.product.model"));
        assertEquals("IS-4000", c.contract().provenance().get("mc2.deal.product.model"), "each draft is assembled from its own deal facts");
    }

    @Test
    void aGivenDraftServesEveryDocument() throws Exception {
        Path otherDeal = tmp.resolve("other-deal.docx");
        DocxCopies.withPart(GAP.resolve("lo-supplier.docx"), otherDeal, "docProps/custom.xml", xml -> xml.replace("IS-3000", "IS-4000"));
        PreparedDrafts drafts = new PreparedDrafts(GAP.resolve("sent-gpo.docx"), null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(),
                new ClauseRenderer());
        assertSame(drafts.forDocument(read("lo-supplier.docx"), GAP.resolve("lo-supplier.docx")),
                drafts.forDocument(RedlineReader.read(otherDeal), otherDeal));
    }

    @Test
    void aDocumentWithoutProvenanceNeedsTheDraftOrTheProfile() {
        Path foreign = Path.of("src/test/resources/redline/redline.docx");
        PreparedDrafts drafts = new PreparedDrafts(null, null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), new ClauseRenderer());
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> drafts.forDocument(RedlineReader.read(foreign), foreign));
        assertEquals(ExitCode.USAGE, e.exitCode());
        PreparedDrafts named = new PreparedDrafts(null, "gpo-standard", io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), new ClauseRenderer());
        RedlineDocument doc = RedlineReader.read(foreign);
        PreparedDraft draft = named.forDocument(doc, foreign);
        assertEquals("gpo-standard", draft.profile().id());
        assertTrue(draft.warnings().stream().anyMatch(w -> w.startsWith("the document carries no mc2 provenance")), draft.warnings().toString());
        assertEquals("regenerated from profile gpo-standard (no provenance in redline.docx)",
                draft.evaluate(doc, "redline.docx").report().draft().source());
        PreparedDraft traced = named.forDocument(read("lo-supplier.docx"), GAP.resolve("lo-supplier.docx"));
        assertEquals("regenerated from the provenance in lo-supplier.docx",
                traced.evaluate(read("lo-supplier.docx"), "lo-supplier.docx").report().draft().source());
        assertTrue(traced.warnings().isEmpty(), traced.warnings().toString());
    }

    private static RedlineDocument read(String name) {
        return RedlineReader.read(GAP.resolve(name));
    }
}
