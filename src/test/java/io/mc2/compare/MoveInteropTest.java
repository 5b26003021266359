package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Moved paragraphs in the shapes a supplier's edit gives them (a clause, one paragraph, beside an
 * inserted clause, to the front, in and beside a table, clauses in content controls as our draft
 * writes them): accepting all changes of compare's output must give B and rejecting all A, both
 * as our reader reads the output and as LibreOffice accepts and rejects it. The pairs are
 * hand-built without fields (src/test/resources/compare/moves/make_fixtures.py), so LibreOffice's
 * field updates cannot hide or fake a difference.
 */
class MoveInteropTest {

    static final Path DIR = Path.of("src/test/resources/compare/moves");

    @TempDir
    static Path tmp;

    /** Each pair with the number of moves compare writes for it (a move must stay a move). */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("clause", 3),
                Arguments.of("paragraph", 1),
                Arguments.of("beside-inserted-heading", 2),
                Arguments.of("to-front", 2),
                // cells are compared without moves; the paragraph leaving the cell is deleted and inserted
                Arguments.of("table-cell", 0),
                // a paragraph standing before a table keeps its mark in both views: deleted and inserted
                Arguments.of("beside-table", 0),
                Arguments.of("content-controls", 2),
                Arguments.of("content-controls-inserted", 2),
                Arguments.of("content-controls-to-front", 3),
                Arguments.of("content-controls-deleted", 0),
                Arguments.of("content-controls-heading", 1));
    }

    static Path compare(String name) throws Exception {
        CompareResult r = DocxComparer.compare(DIR.resolve(name + "-a.docx"), DIR.resolve(name + "-b.docx"),
                CompareOptions.defaults().withDate("2026-12-01T00:00:00Z"));
        Path out = tmp.resolve(name + ".docx");
        Files.write(out, r.docx());
        return out;
    }

    static List<String> text(Path docx, View view) throws Exception {
        return RedlineReader.read(docx).paragraphs(view);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void readerViewsAreBAndA(String name, int moves) throws Exception {
        CompareResult r = DocxComparer.compare(DIR.resolve(name + "-a.docx"), DIR.resolve(name + "-b.docx"),
                CompareOptions.defaults().withDate("2026-12-01T00:00:00Z"));
        Path out = tmp.resolve(name + "-reader.docx");
        Files.write(out, r.docx());
        assertEquals(text(DIR.resolve(name + "-b.docx"), View.ACCEPTED), text(out, View.ACCEPTED), "accepted");
        assertEquals(text(DIR.resolve(name + "-a.docx"), View.ACCEPTED), text(out, View.ORIGINAL), "original");
        assertEquals(moves, r.changes().stream().filter(c -> c.type().equals("move")).count(), "moves written");
        assertNoChangeLeadsAContentControl(r.docx());
    }

    /**
     * The shape LibreOffice 7.4 mishandles must not be written: a block content control whose
     * first paragraph is inserted, deleted or moved as a whole.
     */
    static void assertNoChangeLeadsAContentControl(byte[] docx) throws Exception {
        Document doc = documentXml(docx);
        NodeList sdts = doc.getElementsByTagNameNS(WordXml.W, "sdtContent");
        for (int i = 0; i < sdts.getLength(); i++) {
            Element content = (Element) sdts.item(i);
            List<Element> children = WordXml.elements(content);
            assertTrue(!children.isEmpty(), "a content control left empty");
            Element first = children.get(0);
            if (WordXml.is(first, "p")) {
                assertTrue(!ContentControlEdges.wholeChange(first), "content control led by a changed paragraph: " + first.getTextContent());
                assertNull(WordXml.markChange(first), "content control whose first paragraph mark is changed: " + first.getTextContent());
            }
        }
    }

    private static Document documentXml(byte[] docx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (!e.getName().equals("word/document.xml")) continue;
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(z.readAllBytes()));
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** LibreOffice is the outside judge: its accept-all of the output reads as B, its reject-all as A. */
    @ParameterizedTest(name = "{0} through LibreOffice")
    @MethodSource("pairs")
    void libreOfficeAcceptsBAndRejectsA(String name, int moves) throws Exception {
        LibreOffice.assumeAvailable();
        Path out = compare(name);
        assertEquals(text(DIR.resolve(name + "-b.docx"), View.ACCEPTED), text(LibreOffice.resolveAll(out, true), View.ACCEPTED),
                "LibreOffice's accept-all");
        assertEquals(text(DIR.resolve(name + "-a.docx"), View.ACCEPTED), text(LibreOffice.resolveAll(out, false), View.ACCEPTED),
                "LibreOffice's reject-all");
    }
}
