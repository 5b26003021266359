package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mc2.docx.DocxPackage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * B's style ids carried into A: LibreOffice's re-save of our draft (draft-lo-clean-b) names the
 * body style Mc2Body where the draft says mc2Body; content copied from it must name A's id.
 */
class StyleIdsTest {

    static final Path DIR = Path.of("src/test/resources/compare");

    private static Element paragraphWithStyle(Document d, String id) {
        Element p = WordXml.create(d, "p");
        Element pPr = WordXml.create(d, "pPr");
        Element style = WordXml.create(d, "pStyle");
        WordXml.set(style, "val", id);
        pPr.appendChild(style);
        p.appendChild(pPr);
        BodyBlocks.body(d).appendChild(p);
        return style;
    }

    @Test
    void bStyleIdsTakeAsIdForTheSameStyleName() {
        WordPackage a = WordPackage.read(DIR.resolve("draft-a.docx"));
        WordPackage b = WordPackage.read(DIR.resolve("draft-lo-clean-b.docx"));
        Document da = a.parse(a.mainPart());
        Element fromB = paragraphWithStyle(da, "Mc2Body");
        Element ofA = paragraphWithStyle(da, "mc2Body");
        Element unknown = paragraphWithStyle(da, "NoSuchStyleAnywhere");
        assertEquals(1, StyleIds.resolve(a, da, b));
        assertEquals("mc2Body", WordXml.attr(fromB, "val"), "B's id renamed to A's");
        assertEquals("mc2Body", WordXml.attr(ofA, "val"), "A's own id kept");
        assertEquals("NoSuchStyleAnywhere", WordXml.attr(unknown, "val"), "an id neither defines is left alone");
    }

    @Test
    void aStyleANeverHadIsDropped() {
        WordPackage a = WordPackage.read(DIR.resolve("draft-a.docx"));
        WordPackage b = WordPackage.read(DIR.resolve("draft-lo-clean-b.docx"));
        java.util.Set<String> aNames = new java.util.HashSet<>();
        for (Element s : paragraphStyles(a)) aNames.add(name(s));
        String onlyB = null;
        for (Element s : paragraphStyles(b)) {
            if (!aNames.contains(name(s))) {
                onlyB = WordXml.attr(s, "styleId");
                break;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(onlyB != null, "B has no paragraph style that A lacks by name");
        Document da = a.parse(a.mainPart());
        Element pPr = (Element) paragraphWithStyle(da, onlyB).getParentNode();
        assertEquals(1, StyleIds.resolve(a, da, b));
        assertNull(WordXml.child(pPr, "pStyle"), "the reference to " + onlyB + " is dropped");
    }

    /** compare itself: LibreOffice's re-save compared with our draft names no style the output does not define. */
    @Test
    void theComparisonOfADraftWithItsLibreOfficeCopyNamesOnlyStylesTheOutputDefines() {
        WordPackage a = WordPackage.read(DIR.resolve("draft-a.docx"));
        CompareResult r = DocxComparer.compare(DIR.resolve("draft-a.docx"), DIR.resolve("draft-lo-clean-b.docx"), CompareOptions.defaults());
        WordPackage out = WordPackage.read(r.docx(), "out", io.mc2.docx.ReadLimits.defaults());
        java.util.Set<String> allowed = new java.util.HashSet<>(styleReferences(a));
        for (Element s : paragraphStyles(out)) allowed.add(WordXml.attr(s, "styleId"));
        Document styles = out.parse(DocxPackage.target(out.relationships(out.mainPart()), "styles", null));
        for (Element s : WordXml.elements(styles.getDocumentElement())) if (WordXml.is(s, "style")) allowed.add(WordXml.attr(s, "styleId"));
        java.util.Set<String> named = new java.util.TreeSet<>(styleReferences(out));
        named.removeAll(allowed);
        assertEquals(java.util.Set.of(), named, "style ids copied from B that A's styles lack");
        org.junit.jupiter.api.Assertions.assertTrue(r.changes().size() > 0, "the copy differs from the draft");
    }

    private static List<String> styleReferences(WordPackage pkg) {
        Document d = pkg.parse(pkg.mainPart());
        List<String> out = new java.util.ArrayList<>();
        for (String local : List.of("pStyle", "rStyle", "tblStyle")) {
            org.w3c.dom.NodeList refs = d.getElementsByTagNameNS(WordXml.W, local);
            for (int i = 0; i < refs.getLength(); i++) out.add(WordXml.attr((Element) refs.item(i), "val"));
        }
        return out;
    }

    private static List<Element> paragraphStyles(WordPackage pkg) {
        Document styles = pkg.parse(DocxPackage.target(pkg.relationships(pkg.mainPart()), "styles", null));
        return WordXml.elements(styles.getDocumentElement()).stream()
                .filter(s -> WordXml.is(s, "style") && "paragraph".equals(WordXml.attr(s, "type"))).toList();
    }

    private static String name(Element style) {
        Element n = WordXml.child(style, "name");
        return (n == null ? WordXml.attr(style, "styleId") : WordXml.attr(n, "val")).toLowerCase(java.util.Locale.ROOT);
    }
}
