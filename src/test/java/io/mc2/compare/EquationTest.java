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
 * inside one in both views; compare changes an equation as a whole unit — in a paragraph kept,
 * inserted or deleted — so that accepting gives B's and rejecting A's.
 */
class EquationTest {
    static final String M = Equations.MATH;

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

    /** The draft with a new paragraph holding an equation, or not. */
    private static byte[] withEquationParagraph(boolean present) {
        WordPackage pkg = WordPackage.read(Mutations.draft(SampleContracts.sample()), "A", ReadLimits.defaults());
        Document doc = pkg.parse(pkg.mainPart());
        if (present) {
            Element p = BodyBlocks.paragraphs(doc).stream().filter(x -> Mutations.text(x).contains("Manufacturer shall")).findFirst()
                    .orElseThrow();
            Element q = doc.createElementNS(WordXml.W, "w:p");
            Element r = doc.createElementNS(WordXml.W, "w:r");
            Element t = doc.createElementNS(WordXml.W, "w:t");
            t.setTextContent("The score is computed as follows:");
            r.appendChild(t);
            q.appendChild(r);
            Element math = doc.createElementNS(M, "m:oMath");
            math.appendChild(run(doc, "score=p+q"));
            q.appendChild(math);
            p.getParentNode().insertBefore(q, p.getNextSibling());
        }
        pkg.put(pkg.mainPart(), doc);
        return pkg.toBytes();
    }

    private void assertRoundTrip(String what, byte[] a, byte[] b) throws Exception {
        CompareResult r = DocxComparer.compare(a, b, CompareOptions.defaults());
        RedlineDocument out = RedlineReader.read(Files.write(dir.resolve("out.docx"), r.docx()));
        RedlineDocument ra = RedlineReader.read(Files.write(dir.resolve("a.docx"), a));
        RedlineDocument rb = RedlineReader.read(Files.write(dir.resolve("b.docx"), b));
        assertEquals(rb.paragraphs(View.ACCEPTED), out.paragraphs(View.ACCEPTED), what + ": accepting gives B");
        assertEquals(ra.paragraphs(View.ACCEPTED), out.paragraphs(View.ORIGINAL), what + ": rejecting gives A");
        assertEquals(List.of(), r.uncompared(), what);
    }

    @Test
    void compareChangesAnEquationAsAWhole() throws Exception {
        assertRoundTrip("an exponent changed", withEquation("k", false), withEquation("2", false));
        assertRoundTrip("a paragraph with an equation inserted", withEquationParagraph(false), withEquationParagraph(true));
        assertRoundTrip("a paragraph with an equation deleted", withEquationParagraph(true), withEquationParagraph(false));
        assertEquals(0, DocxComparer.compare(withEquation("k", false), withEquation("k", false), CompareOptions.defaults()).changes().size());
    }
}
