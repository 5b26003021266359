package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.testing.Mc2Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * respond answers every supplier comment in its own thread: a LibreOffice redline of the sample
 * draft with two comments on clause 5.1 (src/test/resources/respond/comments/two-comments.docx,
 * made with lo_redline.py --comment twice; the sample draft it was made from is sent.docx beside it) gets two
 * replies, and nothing else.
 */
class CommentRepliesTest {

    @Test
    void everySupplierCommentGetsAReply(@TempDir Path tmp) {
        Path counter = tmp.resolve("counter.docx");
        Mc2Run r = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "src/test/resources/respond/comments/two-comments.docx",
                "--draft", "src/test/resources/respond/comments/sent.docx", "-o", counter);
        assertEquals(0, r.exit(), r.toString());
        RedlineDocument doc = RedlineReader.read(counter);
        List<Comment> theirs = doc.comments().stream().filter(c -> c.author().equals("Supplier Counsel")).toList();
        List<Comment> ours = doc.comments().stream().filter(c -> !c.author().equals("Supplier Counsel")).toList();
        assertEquals(2, theirs.size());
        assertEquals(2, ours.size(), doc.comments().toString());
        for (Comment t : theirs) {
            assertTrue(ours.stream().anyMatch(o -> t.id().equals(o.parent())), "a reply to " + t.text());
        }
    }
}
