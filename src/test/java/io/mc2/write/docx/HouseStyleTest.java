package io.mc2.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.DocxPackage;
import io.mc2.model.CoverNote;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The house style outside the draft: the cover note of {@code respond PAPER} takes the reference
 * look and letterhead and nothing else; the standard look is the draft's; a header that links
 * anything but an image is refused with a message naming the file.
 */
class HouseStyleTest {
    static final Path REFERENCE = Path.of("src/test/resources/style/reference.docx");
    private static final CoverNote NOTE = new CoverNote("Our answer to your paper", List.of("Thank you for your paper."),
            List.of(new CoverNote.Item("Patching", "90 days", "30 days", "Patients are exposed meanwhile.")));

    @Test
    void theCoverNoteTakesTheReferenceLook() {
        DocxPackage note = DocxPackage.of(CoverNoteWriter.write(NOTE, HouseStyle.from(REFERENCE)), "note.docx",
                io.mc2.docx.ReadLimits.defaults());
        String styles = text(note, "word/styles.xml");
        assertTrue(styles.contains("w:ascii=\"DejaVu Serif\""), styles);
        assertTrue(text(note, "word/document.xml").contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        assertTrue(text(note, "word/header.xml").contains("Riverside Health System"));
        assertTrue(note.read("word/media/mc2-header-1.png").length > 0, "the logo");
        assertEquals("word/media/mc2-header-1.png", note.relationships("word/header.xml").get(0).target());
        for (String name : note.names()) {
            String s = new String(note.read(name), StandardCharsets.ISO_8859_1);
            assertFalse(s.contains("INTERNAL ONLY") || s.contains("Internal Person"), name);
        }
    }

    @Test
    void theStandardLookIsTheDrafts() {
        DocxPackage note = DocxPackage.of(CoverNoteWriter.write(NOTE), "note.docx", io.mc2.docx.ReadLimits.defaults());
        assertTrue(text(note, "word/styles.xml").contains("w:ascii=\"Times New Roman\""));
        assertTrue(text(note, "word/document.xml").contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
        assertEquals(null, note.read("word/header.xml"));
    }

    @Test
    void aHeaderLinkingMoreThanImagesIsRefused(@TempDir Path tmp) throws Exception {
        Path linked = tmp.resolve("linked.docx");
        io.mc2.testing.DocxCopies.withPart(REFERENCE, linked, "word/_rels/header1.xml.rels",
                rels -> rels.replace("</Relationships>", "<Relationship Id=\"rIdWeb\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/hyperlink\" Target=\"https://example.com/\" TargetMode=\"External\"/>"
                        + "</Relationships>"));
        io.mc2.testing.DocxCopies.withPart(linked, tmp.resolve("linked2.docx"), "word/header1.xml",
                h -> h.replace("</w:p></w:hdr>", "<w:hyperlink r:id=\"rIdWeb\"><w:r><w:t>site</w:t></w:r></w:hyperlink></w:p></w:hdr>"));
        Mc2Exception e = org.junit.jupiter.api.Assertions.assertThrows(Mc2Exception.class,
                () -> HouseStyle.from(tmp.resolve("linked2.docx")));
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().startsWith(tmp.resolve("linked2.docx") + ": the header word/header1.xml uses a hyperlink"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out.docx")));
    }

    private static String text(DocxPackage pkg, String part) {
        return new String(pkg.read(part), StandardCharsets.UTF_8);
    }
}
