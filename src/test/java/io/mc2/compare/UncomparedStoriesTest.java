package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.docx.ReadLimits;
import io.mc2.testing.Mc2Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare compares the body only: a footnote or header edited in B is kept as A's, and stderr and
 * the JSON output say which stories differ, so nothing is lost without a word.
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

    @Test
    void anEditedFootnoteIsReportedAsNotCompared() throws Exception {
        byte[] b = withFootnote("See the MDS2 form.", "See the MDS2 form and the SBOM.");
        CompareResult r = DocxComparer.compare(Files.readAllBytes(A), b, CompareOptions.defaults());
        assertEquals(List.of(new CompareResult.Uncompared("footnotes", 2)), r.uncompared(), "one paragraph of A gone, one of B new");
        assertEquals(0, r.changes().size(), "the body is the same");
    }

    @Test
    void theSameStoriesAreNotReported() throws Exception {
        byte[] a = Files.readAllBytes(A);
        assertEquals(List.of(), DocxComparer.compare(a, a.clone(), CompareOptions.defaults()).uncompared());
    }

    @Test
    void theCommandWarnsOnStderrAndListsTheStoryInJson() throws Exception {
        Path b = Files.write(dir.resolve("b.docx"), withFootnote("See the MDS2 form.", "See Exhibit C."));
        Mc2Run run = Mc2Run.of("compare", A, b, "-o", dir.resolve("out.docx"), "--format", "json");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("mc2: warning: footnotes differ (2 paragraphs changed, added or removed) and were not compared"),
                run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("footnotes", json.path("notCompared").get(0).path("story").asText());
        assertEquals(2, json.path("notCompared").get(0).path("paragraphs").asInt());
    }
}
