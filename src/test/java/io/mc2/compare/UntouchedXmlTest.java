package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.testing.UntouchedParagraphs;
import io.mc2.write.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blast radius of compare's output is its edits: every body paragraph of the output that
 * carries no change is one of A's paragraphs exactly as A wrote it (runs, rsids, proofing marks,
 * bookmarks), compared as raw XML text.
 */
class UntouchedXmlTest {
    static final Path CORPUS = Path.of("../shared/corpus/python-redlines/tests/fixtures");
    static final Path GAP = Path.of("src/test/resources/gap");

    private static void assertKept(String what, byte[] a, byte[] b) {
        CompareResult r = DocxComparer.compare(a, b, CompareOptions.defaults());
        UntouchedParagraphs u = UntouchedParagraphs.of(a, r.docx());
        System.out.printf("untouched XML kept, %s: %d of %d paragraphs (%.1f %%)%n", what, u.kept(), u.untouched(), 100 * u.share());
        assertTrue(u.untouched() > 0, what + ": some paragraphs are untouched");
        assertEquals(List.of(), u.altered().stream().limit(3).toList(), what + ": untouched paragraphs whose XML changed");
    }

    @Test
    void ourDraftEditedAtRandom() {
        byte[] draft = Mutations.draft(SampleContracts.sample());
        for (long seed = 1; seed <= 30; seed++) assertKept("draft, seed " + seed, draft, new Mutations(seed).mutate(draft, 1 + (int) (seed % 8)));
    }

    @Test
    void aWordDocumentAndItsEditedCopy() throws Exception {
        assertKept("python-redlines original/modified", Files.readAllBytes(CORPUS.resolve("original.docx")),
                Files.readAllBytes(CORPUS.resolve("modified.docx")));
    }

    @Test
    void aLibreOfficeCleanCopyAgainstOurDraft() throws Exception {
        assertKept("LibreOffice clean copy", Files.readAllBytes(GAP.resolve("sent-gpo.docx")), Files.readAllBytes(GAP.resolve("lo-clean-copy.docx")));
        assertKept("LibreOffice copy, the other way", Files.readAllBytes(GAP.resolve("lo-clean-copy.docx")),
                Files.readAllBytes(GAP.resolve("sent-gpo.docx")));
    }
}
