package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.ReadLimits;
import io.mc2.write.SampleContracts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Pictures in compare: a paragraph whose picture was replaced, added or removed is deleted and B's
 * inserted, B's picture carried into A's package (media part, relationship, content type), so
 * accepting shows B's pictures and rejecting A's; nothing is left to report as not compared.
 */
class ImageDifferenceTest {
    static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /** The draft with a picture (its bytes {@code image}) in a paragraph, as Word writes an inline picture; null: none. */
    private static byte[] withPicture(byte[] image) {
        return withPicture(image, true);
    }

    /** As {@link #withPicture(byte[])}; without {@code mediaPart} the relationship names a part the package lacks. */
    private static byte[] withPicture(byte[] image, boolean mediaPart) {
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
        blip.setAttributeNS(Pictures.R, "r:embed", "rIdPicture1");
        data.appendChild(blip);
        graphic.appendChild(data);
        inline.appendChild(graphic);
        drawing.appendChild(inline);
        r.appendChild(drawing);
        p.appendChild(r);
        pkg.put(pkg.mainPart(), doc);
        if (mediaPart) pkg.put("word/media/picture1.png", image);
        String rels = new String(pkg.part("word/_rels/document.xml.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rIdPicture1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                        + "Target=\"media/picture1.png\"/></Relationships>");
        pkg.put("word/_rels/document.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        return pkg.toBytes();
    }

    private static List<CompareResult.Uncompared> between(byte[] a, byte[] b) {
        return DocxComparer.compare(a, b, CompareOptions.defaults()).uncompared();
    }

    static final byte[] LOGO = "logo, first version".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER = "logo, second version".getBytes(StandardCharsets.UTF_8);

    @Test
    void aReplacedAddedOrRemovedPictureIsCarriedAndNothingIsLeftUncompared() {
        assertEquals(List.of(), between(withPicture(LOGO), withPicture(OTHER)), "replaced");
        assertEquals(List.of(), between(withPicture(null), withPicture(LOGO)), "added");
        assertEquals(List.of(), between(withPicture(LOGO), withPicture(null)), "removed");
        assertEquals(List.of(), between(withPicture(LOGO), withPicture(LOGO.clone())), "the same picture");
        assertEquals(0, DocxComparer.compare(withPicture(LOGO), withPicture(LOGO.clone()), CompareOptions.defaults()).changes().size());
    }

    @Test
    void aPictureThatCannotBeCarriedIsReportedAsNotCompared() {
        // B's drawing names a media part B lacks: the output cannot show it, and says so
        assertEquals(List.of(new CompareResult.Uncompared("images", 1)), between(withPicture(null), withPicture(LOGO, false)));
        // A's picture deleted in the output is not one the accepted output shows
        assertEquals(List.of(), between(withPicture(LOGO), withPicture(null)));
    }

    @Test
    void aReplacedPictureIsADeletedRunOfAsAndAnInsertedRunOfBsWithItsMediaPart() {
        CompareResult r = DocxComparer.compare(withPicture(LOGO), withPicture(OTHER), CompareOptions.defaults());
        WordPackage out = WordPackage.read(r.docx(), "out", ReadLimits.defaults());
        String xml = new String(out.part(out.mainPart()), StandardCharsets.UTF_8);
        String carried = out.relationships(out.mainPart()).stream().filter(x -> x.id().startsWith("rIdMc2Picture")).findFirst().orElseThrow()
                .target();
        assertEquals(new String(OTHER, StandardCharsets.UTF_8), new String(out.part(carried), StandardCharsets.UTF_8), "B's picture, carried");
        int inserted = xml.indexOf("r:embed=\"rIdMc2Picture");
        assertTrue(inserted > 0 && xml.lastIndexOf("<w:ins ", inserted) > xml.lastIndexOf("</w:ins>", inserted), "B's picture is inside an insertion");
        int deleted = xml.indexOf("r:embed=\"rIdPicture1\"");
        assertTrue(deleted > 0 && xml.lastIndexOf("<w:del ", deleted) > xml.lastIndexOf("</w:del>", deleted), "A's picture is inside a deletion");
        assertTrue(new String(out.part("[Content_Types].xml"), StandardCharsets.UTF_8).contains("Extension=\"png\""), "the content type");
    }
}
