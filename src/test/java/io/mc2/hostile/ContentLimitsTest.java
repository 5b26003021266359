package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.ReadLimits;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.FixtureDocx;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's bounds beyond the zip: just under each limit is read, just over it is refused with exit 4. */
class ContentLimitsTest {

    /** Repeated markup compresses far beyond the zip-bomb ratio; these tests are about what comes after it. */
    static final ReadLimits REPETITIVE = new ReadLimits(10_000, 128L << 20, 512L << 20, 1_000_000);

    static Path doc(Path dir, String name, String body) throws Exception {
        return FixtureDocx.withBody(body).write(dir.resolve(name));
    }

    static void assertTooLarge(Path file, String fragment) {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> RedlineReader.read(file, REPETITIVE));
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().equals(file + ": too large to analyse: word/document.xml holds " + fragment), e.getMessage());
    }

    @Test
    void paragraphs(@TempDir Path tmp) throws Exception {
        String p = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
        RedlineDocument ok = RedlineReader.read(doc(tmp, "ok.docx", p.repeat(100_000)), REPETITIVE);
        assertEquals(100_000, ok.body().size());
        assertTooLarge(doc(tmp, "over.docx", p.repeat(100_001)), "more than 100000 paragraphs");
    }

    @Test
    void oneParagraphsText(@TempDir Path tmp) throws Exception {
        String runs = "<w:r><w:t>abcdefghij</w:t></w:r>";
        RedlineReader.read(doc(tmp, "ok.docx", "<w:p>" + runs.repeat(20_000) + "</w:p>"), REPETITIVE);
        assertTooLarge(doc(tmp, "over.docx", "<w:p>" + runs.repeat(20_000) + "<w:r><w:t>k</w:t></w:r></w:p>"),
                "a paragraph of more than 200000 characters");
    }

    @Test
    void revisions(@TempDir Path tmp) throws Exception {
        String ins = "<w:ins w:id=\"1\" w:author=\"S\"><w:r><w:t>a</w:t></w:r></w:ins>";
        String para = "<w:p>" + ins.repeat(1000) + "</w:p>";
        // every inserted run is a revision: 201 paragraphs of 1 000 pass the limit of 200 000
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> RedlineReader.read(doc(tmp, "over.docx", para.repeat(201)), REPETITIVE));
        assertTrue(e.getMessage().contains("more than 200000 revisions"), e.getMessage());
        RedlineReader.read(doc(tmp, "ok.docx", para.repeat(199)), REPETITIVE);
    }
}
