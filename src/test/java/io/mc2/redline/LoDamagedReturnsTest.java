package io.mc2.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.testing.DocxCopies;
import io.mc2.testing.Mc2Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Returns that LibreOffice 7.4 damaged (a clause deleted or moved, change tracking on, in a draft of
 * the shape before commit 14798a4; src/test/resources/redline/lo-damaged/make-fixtures.sh): every
 * command reads them as LibreOffice showed the edit, with one warning naming the file and the line;
 * the same files damaged any other way are refused as before (exit 4).
 */
class LoDamagedReturnsTest {

    static final Path DIR = Path.of("src/test/resources/redline/lo-damaged");

    @TempDir
    Path tmp;

    static String warning(Path file, String kinds) {
        return "mc2: warning: " + file + ": line 2: malformed XML in word/document.xml repaired: LibreOffice left " + kinds
                + " open across tracked changes";
    }

    static String kinds(String edit) {
        return edit.startsWith("move") ? "2 content controls" : "a content control";
    }

    /**
     * The body from the table of contents on, trailing empty paragraphs left out: before it, the
     * key-terms schedule's cross-references are field results, which LibreOffice recomputes when it
     * opens its own ODF copy and leaves as they were in the .docx it wrote.
     */
    static List<String> fromContents(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int contents = lines.indexOf("Contents");
        assertTrue(contents > 0, "no Contents heading");
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        return lines.subList(contents, lines.size());
    }

    @ParameterizedTest(name = "{0}, {1} view")
    @CsvSource({
        "delete-subcontractors, accepted", "delete-subcontractors, original",
        "delete-third-party-components, accepted", "delete-third-party-components, original",
        "move-subcontractors, accepted", "move-subcontractors, original"})
    void readAsLibreOfficeShowedTheEdit(String edit, String view) {
        Path file = DIR.resolve(edit + ".docx");
        Mc2Run r = Mc2Run.of("text", file, "--view", view);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith(warning(file, kinds(edit))), r.err());
        // LibreOffice's own view: the same edit kept as ODF, then accepted or rejected by LibreOffice
        Path oracle = DIR.resolve(edit + (view.equals("accepted") ? ".lo-accepted.docx" : ".lo-rejected.docx"));
        Mc2Run lo = Mc2Run.of("text", oracle);
        assertEquals(0, lo.exit(), lo.toString());
        assertEquals(fromContents(lo.out()), fromContents(r.out()));
    }

    @Test
    void theDeletedClauseIsGoneAndTheMovedOneStandsElsewhere() {
        List<String> deleted = fromContents(Mc2Run.of("text", DIR.resolve("delete-subcontractors.docx")).out());
        List<String> kept = fromContents(Mc2Run.of("text", DIR.resolve("delete-subcontractors.docx"), "--view", "original").out());
        assertFalse(deleted.contains("Subcontractors"));
        assertTrue(kept.contains("Subcontractors"));
        List<String> moved = fromContents(Mc2Run.of("text", DIR.resolve("move-subcontractors.docx")).out());
        assertTrue(moved.indexOf("Subcontractors") > moved.lastIndexOf("Third-Party Components"), moved.toString());
    }

    private static JsonNode clause(JsonNode report, String id) {
        for (JsonNode c : report.path("clauses")) if (c.path("id").asText().equals(id)) return c;
        throw new AssertionError("no clause " + id + " in the report");
    }

    /**
     * Expected from gpo-standard (through mc2-baseline): neither subcontractors nor
     * third-party-components is required, so deleting either is deleted-optional (exit 1, a person
     * looks); moving subcontractors unchanged is a move with the clause-moved finding, nothing to review.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "delete-subcontractors,         subcontractors,         deleted, deleted-optional, 1",
        "delete-third-party-components, third-party-components, deleted, deleted-optional, 1",
        "move-subcontractors,           subcontractors,         moved,   unchanged,        0"})
    void ratedByGapWithTheWarning(String edit, String id, String change, String verdict, int exit) throws Exception {
        Path file = DIR.resolve(edit + ".docx");
        Mc2Run r = Mc2Run.of("gap", file, "-f", "json");
        assertEquals(exit, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith(warning(file, kinds(edit))), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode c = clause(report, id);
        assertEquals(change, c.path("change").asText());
        assertEquals(verdict, c.path("verdict").asText());
        if (change.equals("moved")) assertEquals("clause-moved", c.path("findings").path(0).path("rule").asText());
        assertTrue(report.path("draft").path("warnings").path(0).asText().startsWith(file + ": line 2: malformed XML"),
                report.path("draft").toString());
    }

    @Test
    void gapBatchWarnsOncePerRepairedFile() throws Exception {
        Path in = java.nio.file.Files.createDirectory(tmp.resolve("returns"));
        for (String edit : List.of("delete-subcontractors", "move-subcontractors")) {
            java.nio.file.Files.copy(DIR.resolve(edit + ".docx"), in.resolve(edit + ".docx"));
        }
        Mc2Run r = Mc2Run.of("gap", "--batch", in, "-o", tmp.resolve("matrix"));
        assertEquals(1, r.exit(), r.toString());
        for (String edit : List.of("delete-subcontractors", "move-subcontractors")) {
            Path file = in.resolve(edit + ".docx");
            assertEquals(1, r.errLines().stream().filter(l -> l.startsWith(warning(file, kinds(edit)))).count(), r.err());
        }
        assertTrue(r.err().contains("gap: 2 documents; 1 need a person; 0 could not be read"), r.err());
    }

    /** respond edits the repaired XML: its counter-redline is well-formed and needs no repair. */
    @ParameterizedTest
    @ValueSource(strings = {"delete-subcontractors", "move-subcontractors"})
    void respondAnswersTheRepairedDocument(String edit) {
        Path file = DIR.resolve(edit + ".docx");
        Path out = tmp.resolve(edit + "-answer.docx");
        Mc2Run r = Mc2Run.of("respond", file, "-o", out);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith(warning(file, kinds(edit))), r.err());
        RedlineDocument answer = RedlineReader.read(out);
        assertEquals(List.of(), answer.repairs());
        Mc2Run text = Mc2Run.of("text", out);
        assertEquals("", text.err());
        // the clause the supplier deleted or moved reads in our answer as in their file (the deletion is
        // accepted as optional, the move needs no answer); only the key-terms schedule may differ
        assertEquals(fromContents(Mc2Run.of("text", file).out()), fromContents(text.out()));
    }

    /** compare reads the repaired return too, and says so before anything else. */
    @Test
    void compareWarnsAndComparesTheRepairedReturn() {
        Path file = DIR.resolve("delete-subcontractors.docx");
        Path out = tmp.resolve("compared.docx");
        Mc2Run r = Mc2Run.of("compare", file, DIR.resolve("move-subcontractors.docx"), "-o", out);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith(warning(file, kinds("delete-subcontractors"))), r.err());
        assertEquals(1, r.errLines().stream().filter(l -> l.startsWith(warning(DIR.resolve("move-subcontractors.docx"),
                kinds("move-subcontractors")))).count(), r.err());
        assertEquals(List.of(), RedlineReader.read(out).repairs(), "the output is well-formed as written");
    }

    @Test
    void revisionsCarryNoEmptyChangeOfTheRepair() throws Exception {
        Path file = DIR.resolve("delete-subcontractors.docx");
        Mc2Run r = Mc2Run.of("revisions", file, "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.errLines().get(0).startsWith(warning(file, kinds("delete"))), r.err());
        JsonNode revisions = new ObjectMapper().readTree(r.out()).path("revisions");
        for (JsonNode rev : revisions) {
            assertFalse(rev.path("type").asText().equals("deletion") && rev.path("text").asText().isEmpty(), rev.toString());
        }
        assertEquals("Subcontractors", revisions.path(0).path("text").asText());
    }

    /** Damaged another way as well, the same return is refused as any malformed file is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a stray end tag                | </w:body>  | </w:p></w:body>",
        "an unclosed paragraph          | <w:sectPr> | <w:p><w:sectPr>",
        "the control's end tags dropped | </w:del></w:sdtContent></w:sdt></w:p> | </w:del></w:p>"})
    void otherDamageIsRefused(String what, String find, String replace) throws Exception {
        Path doc = tmp.resolve("damaged.docx");
        DocxCopies.withPart(DIR.resolve("delete-subcontractors.docx"), doc, "word/document.xml", xml -> {
            int at = xml.lastIndexOf(find);
            assertTrue(at > 0, what);
            return xml.substring(0, at) + replace + xml.substring(at + find.length());
        });
        for (List<String> args : List.of(List.of("text", doc.toString()), List.of("gap", doc.toString()),
                List.of("respond", doc.toString(), "-o", tmp.resolve("r.docx").toString(), "--force"))) {
            Mc2Run r = Mc2Run.of(args.toArray());
            assertEquals(4, r.exit(), what + " / " + args.get(0) + ": " + r);
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("mc2: " + doc + ": malformed XML in word/document.xml ("), r.err());
        }
    }
}
