package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supplier's comments on a clean copy reach the comparison's output, on the same words: a
 * legal team diffing our draft against the copy they sent back keeps what they wrote in the margin.
 * Fixtures: LibreOffice copies of draft-a.docx commented by the supplier (make-fixtures.sh beside them).
 */
class CommentCarryingTest {
    static final Path A = Path.of("src/test/resources/compare/draft-a.docx");
    static final Path COMMENTED = Path.of("src/test/resources/compare/comments/commented-b.docx");
    static final Path COMMENTED_NEW = Path.of("src/test/resources/compare/comments/commented-new-b.docx");

    @TempDir
    Path tmp;

    /** A comment as a reader of Word sees it: who, what, on which words. */
    private static List<String> comments(RedlineDocument d) {
        return d.comments().stream().map(c -> c.author() + " | " + c.text() + " | " + c.anchor()).toList();
    }

    private Path compare(Path a, Path b, CompareResult[] result) throws Exception {
        CompareResult r = DocxComparer.compare(a, b, CompareOptions.defaults());
        if (result != null) result[0] = r;
        Path out = tmp.resolve("out-" + b.getFileName());
        Files.write(out, r.docx());
        return out;
    }

    @Test
    void theSuppliersCommentsAreCarriedOntoTheSameWordsAndNothingIsLeftUncompared() throws Exception {
        CompareResult[] r = new CompareResult[1];
        Path out = compare(A, COMMENTED, r);
        RedlineDocument read = RedlineReader.read(out);
        // written from the fixture's recipe, not from the output
        assertEquals(List.of(
                "Supplier Counsel | We keep one threat model per product line. | maintain a threat model",
                "Supplier Counsel | Our MDS2 follows the 2019 form. | a complete MDS2",
                "Supplier Counsel | VEX is published on our portal. | VEX Statement that states whether"), comments(read));
        assertEquals(comments(RedlineReader.read(COMMENTED)), comments(read));
        assertTrue(r[0].uncompared().stream().noneMatch(u -> u.story().equals("comments")), r[0].uncompared().toString());
        assertTrue(r[0].notes().stream().anyMatch(n -> n.contains("3 comments")), r[0].notes().toString());
        // the comments are no tracked change: both views still read as B and A
        assertEquals(RedlineDocument.paragraphs(RedlineReader.read(COMMENTED).body(), View.ACCEPTED),
                RedlineDocument.paragraphs(read.body(), View.ACCEPTED));
        assertEquals(RedlineDocument.paragraphs(RedlineReader.read(A).body(), View.ORIGINAL),
                RedlineDocument.paragraphs(read.body(), View.ORIGINAL));
    }

    @Test
    void aCommentOnAParagraphOnlyTheSupplierHasIsCarriedWithIt() throws Exception {
        RedlineDocument read = RedlineReader.read(compare(A, COMMENTED_NEW, null));
        assertEquals(List.of("Supplier Counsel | Added at the request of our compliance team. | publish the MDS2 on its customer portal"),
                comments(read));
        Comment c = read.comments().get(0);
        String paragraph = read.body().get(c.paragraph()).text(View.ACCEPTED);
        assertEquals("Manufacturer shall also publish the MDS2 on its customer portal.", paragraph);
    }

    @Test
    void commentsBothHaveAreNotDoubledAndOnesOnlyAHasAreReported() throws Exception {
        CompareResult[] same = new CompareResult[1];
        RedlineDocument read = RedlineReader.read(compare(COMMENTED, COMMENTED, same));
        assertEquals(3, read.comments().size(), "the same three comments, not six");
        assertEquals(List.of(), same[0].uncompared().stream().filter(u -> u.story().equals("comments")).toList());
        // the other way round the output is A = the commented copy, whose comments B no longer has
        CompareResult[] back = new CompareResult[1];
        compare(COMMENTED, A, back);
        assertEquals(List.of(new CompareResult.Uncompared("comments", 3)),
                back[0].uncompared().stream().filter(u -> u.story().equals("comments")).toList());
    }

    @Test
    void libreOfficeKeepsTheCarriedCommentsWhenAcceptingOrRejectingEverything() throws Exception {
        LibreOffice.assumeAvailable();
        Path out = compare(A, COMMENTED, null);
        List<String> expected = comments(RedlineReader.read(COMMENTED));
        for (boolean accept : new boolean[] {true, false}) {
            RedlineDocument resolved = RedlineReader.read(LibreOffice.resolveAll(out, accept));
            assertEquals(expected, comments(resolved), accept ? "accept-all" : "reject-all");
        }
    }
}
