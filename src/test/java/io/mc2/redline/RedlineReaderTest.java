package io.mc2.redline;

import io.mc2.docx.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targeted checks on the hand-built fixtures; the goldens cover the full rendering. */
class RedlineReaderTest {

    static final Path DIR = Path.of("src/test/resources/redline");

    @Test
    void structureKeepsAnchorsNumberingAndTables() {
        RedlineDocument d = RedlineReader.read(DIR.resolve("structure.docx"));
        RedlineParagraph heading = d.body().get(0);
        assertEquals("Heading1", heading.styleId());
        assertEquals("heading 1", heading.styleName());
        assertEquals("1.", heading.numberLabel(), "numbering comes from the heading style");
        assertEquals(List.of("clause_patching"), heading.bookmarks());
        RedlineParagraph clause = d.body().get(1);
        assertEquals(List.of("mc2:clause:patching", "mc2:param:patch-days"), clause.contentControlTags());
        assertEquals("1.1", clause.numberLabel());
        assertEquals("(a)", d.body().get(2).numberLabel());
        assertEquals("2.1", d.body().get(5).numberLabel());
        assertEquals("Critical\t15 days\nsecond line", d.body().get(2).text(View.ACCEPTED));
        assertEquals("Page 7 of 9; ok", d.body().get(3).text(View.ACCEPTED), "field results, never instructions");
        RedlineParagraph nested = d.body().stream().filter(p -> p.text(View.ACCEPTED).equals("inner B2")).findFirst().orElseThrow();
        assertEquals(new TableCell(1, 0, 1, 2, Change.KEPT), nested.cell());
        assertEquals("patching@1:ab12,parties@1:cd34", d.customProperties().get("mc2.clauses"));
        assertEquals("Structure fixture", d.coreProperties().get("title"));
        assertEquals(List.of("Draft \u2014 confidential"), RedlineDocument.paragraphs(d.headers(), View.ACCEPTED));
        assertEquals(List.of("Page 1"), RedlineDocument.paragraphs(d.footers(), View.ACCEPTED));
        assertEquals(List.of(" See the MDS2 form."), RedlineDocument.paragraphs(d.footnotes(), View.ACCEPTED));
        assertFalse(d.text(View.ACCEPTED).contains("Draft"), "headers are kept apart from the body");
        assertTrue(d.revisions().isEmpty());
    }

    @Test
    void viewsApplyParagraphMarksAndRows() {
        RedlineDocument d = RedlineReader.read(DIR.resolve("redline.docx"));
        List<String> accepted = d.paragraphs(View.ACCEPTED);
        List<String> original = d.paragraphs(View.ORIGINAL);
        assertEquals("The Supplier shall use reasonable efforts to notify the Customer within 120 hours.", accepted.get(0));
        assertEquals("The Supplier shall notify the Customer within 72 hours.", original.get(0));
        assertTrue(accepted.contains("second half continued."), "a deleted mark joins when accepted");
        assertTrue(original.contains("First half.second half "), "an inserted mark joins when rejected");
        assertFalse(accepted.contains("Critical"), "a deleted row disappears when accepted");
        assertTrue(original.contains("Critical"));
        assertFalse(original.contains("Low"), "an inserted row disappears when rejected");
        assertEquals(accepted.indexOf("High") + 1, accepted.indexOf("60"));
        assertFalse(original.contains("60"), "an inserted cell disappears when rejected");
    }

    @Test
    void revisionsAndCommentsCarryTheirMetadata() {
        RedlineDocument d = RedlineReader.read(DIR.resolve("redline.docx"));
        List<String> types = d.revisions().stream().map(Revision::type).distinct().toList();
        assertTrue(types.containsAll(List.of("insertion", "deletion", "move-from", "move-to", "paragraph-insertion",
                "paragraph-deletion", "formatting", "table-row-insertion", "table-row-deletion", "table-cell-insertion")), types.toString());
        Revision scrubbed = d.revisions().stream().filter(r -> r.text().equals("dummy")).findFirst().orElseThrow();
        assertNull(scrubbed.date());
        assertEquals("Author", scrubbed.author());
        List<Comment> c = d.comments();
        assertEquals("notify the Customer", c.get(0).anchor());
        assertEquals("0", c.get(1).parent());
        assertEquals("notify the Customer", c.get(1).anchor(), "a reply without a range is about its parent's text");
        assertEquals("Written notice.\nSecond paragraph.", c.get(1).text());
        assertTrue(c.get(2).resolved());
        assertNull(c.get(2).date());
        assertEquals(6, c.get(2).paragraph());
    }

    @Test
    void externalTemplateIsReportedNotFetched() {
        RedlineDocument d = RedlineReader.read(DIR.resolve("external-template.docx"));
        assertEquals(List.of("attachedTemplate http://203.0.113.7/templates/contract.dotm (in word/settings.xml)"),
                d.externalRelationships());
        assertEquals("Template test.", d.text(View.ACCEPTED));
    }

    @Test
    void limitsAreEnforced() {
        Path f = DIR.resolve("structure.docx");
        assertUnsafe(() -> RedlineReader.read(f, new ReadLimits(3, 1 << 20, 1 << 24, 100)), "too many zip entries");
        assertUnsafe(() -> RedlineReader.read(f, new ReadLimits(100, 1000, 1 << 24, 100)), "too large");
        assertUnsafe(() -> RedlineReader.read(f, new ReadLimits(100, 1 << 20, 5000, 100)), "in all");
    }

    /** Joining follows containers: a deleted mark at the end of a cell cannot reach the next cell. */
    @Test
    void joiningStopsAtCellBoundaries() {
        TableCell a = new TableCell(0, 0, 0, 1, Change.KEPT), b = new TableCell(0, 0, 1, 1, Change.KEPT);
        List<RedlineParagraph> story = List.of(para("one", Change.DELETED, null), para("two", Change.DELETED, a),
                para("three", Change.KEPT, a), para("four", Change.DELETED, a), para("five", Change.KEPT, b));
        assertEquals(List.of("one", "twothree", "four", "five"), RedlineDocument.paragraphs(story, View.ACCEPTED));
        assertEquals(List.of("one", "two", "three", "four", "five"), RedlineDocument.paragraphs(story, View.ORIGINAL));
    }

    private static RedlineParagraph para(String text, Change mark, TableCell cell) {
        return new RedlineParagraph(List.of(Segment.kept(text)), mark, null, null, "Normal", "Normal", 0, 0, null, null,
                List.of(), List.of(), List.of(), cell, null, false);
    }

    static void assertUnsafe(org.junit.jupiter.api.function.Executable read, String fragment) {
        Mc2Exception e = assertThrows(Mc2Exception.class, read);
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
