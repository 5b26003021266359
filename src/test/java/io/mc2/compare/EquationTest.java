package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.write.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Equations (OMML, built here as Word writes them): the reader reads their text, a tracked edit
 * inside one in both views; compare, which does not compare inside an equation, says that the
 * equations differ instead of keeping A's without a word.
 */
class EquationTest {
    static final String M = UncomparedStories.MATH;

    @TempDir
    Path dir;

    /** The draft with "risk = p·s^k" appended to a paragraph; with {@code tracked}, "k" replaced by "2" as a tracked change. */
    private static byte[] withEquation(String exponent, boolean tracked) {
        WordPackage pkg = WordPackage.read(Mutations.draft(SampleContracts.sample()), "A", ReadLimits.defaults());
        Document doc = pkg.parse(pkg.mainPart());
        Element p = BodyBlocks.paragraphs(doc).stream().filter(x -> Mutations.text(x).contains("Manufacturer shall")).findFirst().orElseThrow();
        Element math = doc.createElementNS(M, "m:oMath");
        math.appendChild(run(doc, "risk=p\u00B7s"));
        Element sup = doc.createElementNS(M, "m:sSup");
        Element base = doc.createElementNS(M, "m:e");
        Element power = doc.createElementNS(M, "m:sup");
        sup.appendChild(doc.createElementNS(M, "m:sSupPr"));
        sup.appendChild(base);
        sup.appendChild(power);
        base.appendChild(run(doc, ""));
        if (tracked) {
            power.appendChild(change(doc, "del", run(doc, "k")));
            power.appendChild(change(doc, "ins", run(doc, "2")));
        } else {
            power.appendChild(run(doc, exponent));
        }
        math.appendChild(sup);
        p.appendChild(math);
        pkg.put(pkg.mainPart(), doc);
        return pkg.toBytes();
    }

    private static Element run(Document doc, String text) {
        Element r = doc.createElementNS(M, "m:r");
        Element t = doc.createElementNS(M, "m:t");
        t.setTextContent(text);
        r.appendChild(t);
        return r;
    }

    private static Element change(Document doc, String kind, Element content) {
        Element c = doc.createElementNS(WordXml.W, "w:" + kind);
        c.setAttributeNS(WordXml.W, "w:id", kind.equals("del") ? "901" : "902");
        c.setAttributeNS(WordXml.W, "w:author", "Supplier Counsel");
        c.appendChild(content);
        return c;
    }

    @Test
    void theReaderReadsAnEquationAndATrackedEditInsideIt() throws Exception {
        RedlineDocument doc = RedlineReader.read(Files.write(dir.resolve("eq.docx"), withEquation(null, true)));
        assertTrue(doc.text(View.ACCEPTED).contains("risk=p\u00B7s2"), "accepted");
        assertTrue(doc.text(View.ORIGINAL).contains("risk=p\u00B7sk"), "original");
        assertEquals(List.of("deletion", "insertion"), doc.revisions().stream().map(io.mc2.redline.Revision::type).sorted().toList());
    }

    @Test
    void compareSaysEquationsDiffer() {
        CompareResult r = DocxComparer.compare(withEquation("k", false), withEquation("2", false), CompareOptions.defaults());
        assertEquals(List.of(new CompareResult.Uncompared("equations", 2)), r.uncompared());
        assertEquals(List.of(), DocxComparer.compare(withEquation("k", false), withEquation("k", false), CompareOptions.defaults()).uncompared());
    }
}
