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
