package io.mc2.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.compare.CompareOptions;
import io.mc2.compare.CompareResult;
import io.mc2.compare.DocxComparer;
import io.mc2.testing.Mc2Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text boxes, from LibreOffice (src/test/resources/redline/textbox/make-fixtures.py): a frame anchored
 * in the second paragraph, written twice (DrawingML and its VML fallback), read once with its
 * tracked edit; compare tracks the edit inside the box (io.mc2.compare.TextBoxCompareTest has the rest).
 */
class TextBoxTest {
    static final Path F = Path.of("src/test/resources/redline/textbox");
    static final List<String> BOX = List.of("Security hotline: available 24 hours a day, every day.",
            "Escalation: a named engineer answers within 4 hours.");
    static final List<String> EDITED = List.of("Security hotline: available during business hours.",
            "Escalation: a named engineer answers within 4 hours.");

    @TempDir
    Path dir;

    @Test
    void aTextBoxIsReadOnceAfterItsAnchor() {
        RedlineDocument doc = RedlineReader.read(F.resolve("textbox-a.docx"));
        assertEquals(1, doc.textBoxes().size(), "drawn twice, read once");
        TextBox box = doc.textBoxes().get(0);
        assertEquals(1, box.anchor());
        assertTrue(doc.body().get(1).text(View.ACCEPTED).startsWith("Manufacturer shall staff"));
        assertEquals(BOX, RedlineDocument.paragraphs(box.paragraphs(), View.ACCEPTED));
        assertEquals(3, doc.body().size(), "the box's paragraphs are not body paragraphs");
    }

    @Test
    void aTrackedEditInsideATextBoxIsInBothViewsAndCountedOnce() {
        RedlineDocument doc = RedlineReader.read(F.resolve("textbox-tracked.docx"));
        List<RedlineParagraph> box = doc.textBoxes().get(0).paragraphs();
        assertEquals(EDITED, RedlineDocument.paragraphs(box, View.ACCEPTED));
        assertEquals(BOX, RedlineDocument.paragraphs(box, View.ORIGINAL));
        assertEquals(List.of("insertion", "deletion"), doc.revisions().stream().map(Revision::type).sorted(java.util.Comparator.reverseOrder())
                .toList(), "one edit, though the file holds it twice");
    }

    @Test
    void theTextCommandPrintsTextBoxesAndTheBodyNotesThem() {
        Mc2Run body = Mc2Run.of("text", F.resolve("textbox-tracked.docx"));
        assertEquals(0, body.exit(), body.toString());
        assertTrue(body.err().contains("has 1 text box; their text: --part textboxes"), body.err());
        Mc2Run boxes = Mc2Run.of("text", F.resolve("textbox-tracked.docx"), "--part", "textboxes", "--view", "original");
        assertEquals("[text box in paragraph 2]\n" + String.join("\n", BOX) + "\n", boxes.out());
    }

    @Test
    void compareTracksTheEditInsideTheBox() throws Exception {
        CompareResult r = DocxComparer.compare(Files.readAllBytes(F.resolve("textbox-a.docx")), Files.readAllBytes(F.resolve("textbox-b.docx")),
                CompareOptions.defaults());
        assertEquals(List.of(), r.uncompared());
        assertEquals(List.of("deletion:24 hours a day, every day", "insertion:during business hours"),
                r.changes().stream().map(c -> c.type() + ":" + c.text().strip()).toList());
        CompareResult same = DocxComparer.compare(Files.readAllBytes(F.resolve("textbox-a.docx")),
                Files.readAllBytes(F.resolve("textbox-a.docx")), CompareOptions.defaults());
        assertEquals(List.of(), same.uncompared());
    }
}
