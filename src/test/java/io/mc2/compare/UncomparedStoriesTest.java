package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.docx.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.testing.Mc2Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare compares the body and, note by note, the footnotes and endnotes; what it does not compare
 * (a note B added, headers ...) it names on stderr and in the JSON output, so nothing is lost
 * without a word.
 */
class UncomparedStoriesTest {
    static final Path A = Path.of("src/test/resources/redline/structure.docx");

    @TempDir
    Path dir;

    /** B: A with its one footnote reworded and nothing else changed. */
    private static byte[] withFootnote(String from, String to) throws Exception {
        WordPackage pkg = WordPackage.read(Files.readAllBytes(A), "A", ReadLimits.defaults());
        String xml = new String(pkg.part("word/footnotes.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains(from), "the fixture's footnote");
        pkg.put("word/footnotes.xml", xml.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return pkg.toBytes();
    }

    /** B: A with a second footnote that A does not have. */
    private static byte[] withAnotherFootnote() throws Exception {
        return withFootnote("</w:footnote></w:footnotes>", "</w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:t>A note of B's.</w:t></w:r>"
                + "</w:p></w:footnote></w:footnotes>");
    }

    @Test
    void anEditedFootnoteGetsTrackedChangesLikeTheBody() throws Exception {
        byte[] b = withFootnote("See the MDS2 form.", "See the MDS2 form and the SBOM.");
        CompareResult r = DocxComparer.compare(Files.readAllBytes(A), b, CompareOptions.defaults());
        assertEquals(List.of(), r.uncompared());
        assertEquals(List.of("insertion"), r.changes().stream().map(CompareChange::type).toList());
        RedlineDocument out = RedlineReader.read(Files.write(dir.resolve("notes.docx"), r.docx()));
        assertEquals(List.of("See the MDS2 form and the SBOM."), RedlineDocument.paragraphs(out.footnotes(), View.ACCEPTED).stream()
                .map(String::strip).toList());
        assertEquals(List.of("See the MDS2 form."), RedlineDocument.paragraphs(out.footnotes(), View.ORIGINAL).stream().map(String::strip).toList());
    }

    @Test
    void anEditedHeaderGetsTrackedChangesLikeTheBody() throws Exception {
        WordPackage pkg = WordPackage.read(Files.readAllBytes(A), "A", ReadLimits.defaults());
        String xml = new String(pkg.part("word/header1.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("Draft — confidential"), "the fixture's header");
        pkg.put("word/header1.xml", xml.replace("Draft — confidential", "Supplier draft — confidential").getBytes(StandardCharsets.UTF_8));
        CompareResult r = DocxComparer.compare(Files.readAllBytes(A), pkg.toBytes(), CompareOptions.defaults());
        assertEquals(List.of(), r.uncompared());
        RedlineDocument out = RedlineReader.read(Files.write(dir.resolve("header.docx"), r.docx()));
        assertEquals(List.of("Supplier draft — confidential"), RedlineDocument.paragraphs(out.headers(), View.ACCEPTED));
        assertEquals(List.of("Draft — confidential"), RedlineDocument.paragraphs(out.headers(), View.ORIGINAL));
    }

    @Test
    void aFootnoteOnlyBHasIsReportedAsNotCompared() throws Exception {
        CompareResult r = DocxComparer.compare(Files.readAllBytes(A), withAnotherFootnote(), CompareOptions.defaults());
        assertEquals(List.of(new CompareResult.Uncompared("footnotes", 1)), r.uncompared());
        assertEquals(0, r.changes().size(), "the body is the same");
    }

    @Test
    void theSameStoriesAreNotReported() throws Exception {
        byte[] a = Files.readAllBytes(A);
        assertEquals(List.of(), DocxComparer.compare(a, a.clone(), CompareOptions.defaults()).uncompared());
    }

    @Test
    void theCommandWarnsOnStderrAndListsTheStoryInJson() throws Exception {
        Path b = Files.write(dir.resolve("b.docx"), withAnotherFootnote());
        Mc2Run run = Mc2Run.of("compare", A, b, "-o", dir.resolve("out.docx"), "--format", "json");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("mc2: warning: footnotes differ (1 paragraph changed, added or removed) and were not compared"),
                run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("footnotes", json.path("notCompared").get(0).path("story").asText());
        assertEquals(1, json.path("notCompared").get(0).path("paragraphs").asInt());
    }
}
