package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mc2.docx.ReadLimits;
import io.mc2.write.SampleContracts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** compare carries no picture over: a picture replaced, added or removed is said to differ, not kept as A's silently. */
class ImageDifferenceTest {
    static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /** The draft with a picture (its bytes {@code image}) in a paragraph, as Word writes an inline picture; null: none. */
    private static byte[] withPicture(byte[] image) {
        WordPackage pkg = WordPackage.read(Mutations.draft(SampleContracts.sample()), "A", ReadLimits.defaults());
        if (image == null) return pkg.toBytes();
        Document doc = pkg.parse(pkg.mainPart());
        Element p = BodyBlocks.paragraphs(doc).stream().filter(x -> Mutations.text(x).contains("Manufacturer shall")).findFirst().orElseThrow();
        Element r = doc.createElementNS(WordXml.W, "w:r");
        Element drawing = doc.createElementNS(WordXml.W, "w:drawing");
        Element inline = doc.createElementNS(WP, "wp:inline");
        Element graphic = doc.createElementNS(A_NS, "a:graphic");
        Element data = doc.createElementNS(A_NS, "a:graphicData");
        Element blip = doc.createElementNS(A_NS, "a:blip");
        blip.setAttributeNS(UncomparedStories.DRAWING_R, "r:embed", "rIdPicture1");
        data.appendChild(blip);
        graphic.appendChild(data);
        inline.appendChild(graphic);
        drawing.appendChild(inline);
        r.appendChild(drawing);
        p.appendChild(r);
        pkg.put(pkg.mainPart(), doc);
        pkg.put("word/media/picture1.png", image);
        String rels = new String(pkg.part("word/_rels/document.xml.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rIdPicture1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                        + "Target=\"media/picture1.png\"/></Relationships>");
        pkg.put("word/_rels/document.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        return pkg.toBytes();
    }

    private static List<CompareResult.Uncompared> between(byte[] a, byte[] b) {
        return DocxComparer.compare(a, b, CompareOptions.defaults()).uncompared();
    }

    @Test
    void aReplacedAddedOrRemovedPictureIsSaidToDiffer() {
        byte[] logo = "logo, first version".getBytes(StandardCharsets.UTF_8);
        byte[] other = "logo, second version".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new CompareResult.Uncompared("images", 2)), between(withPicture(logo), withPicture(other)), "replaced");
        assertEquals(List.of(new CompareResult.Uncompared("images", 1)), between(withPicture(null), withPicture(logo)), "added");
        assertEquals(List.of(new CompareResult.Uncompared("images", 1)), between(withPicture(logo), withPicture(null)), "removed");
        assertEquals(List.of(), between(withPicture(logo), withPicture(logo.clone())), "the same picture");
    }
}
