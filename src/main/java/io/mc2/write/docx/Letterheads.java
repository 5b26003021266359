package io.mc2.write.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Style;

/**
 * Puts a {@link HouseStyle} into a package: its style sheet, page set-up, and header and footer (the
 * reference document's letterhead above mc2's own line) with their images. Two ways in: entries of
 * a package mc2 writes as text (the draft, the cover note), or a docx4j package (the brief, the report).
 */
public final class Letterheads {
    private Letterheads() {
    }

    /**
     * Gives a docx4j package the house look: the style sheet (the draft's styles plus {@code own}),
     * header and footer ({@code header}/{@code footer} below the letterhead; none when both are
     * empty) and the section properties of the page.
     */
    public static void apply(HouseStyle house, WordprocessingMLPackage pkg, List<Style> own, List<Object> header,
            List<Object> footer) {
        try {
            MainDocumentPart main = pkg.getMainDocumentPart();
            StyleDefinitionsPart styles = main.getStyleDefinitionsPart();
            if (styles == null) {
                styles = new StyleDefinitionsPart();
                main.addTargetPart(styles);
            }
            styles.setJaxbElement(house.styles(own));
            String headerId = addPart(pkg, true, house.header(), header);
            String footerId = addPart(pkg, false, house.footer(), footer);
            main.getJaxbElement().getBody().setSectPr(house.page().section(headerId, footerId));
        } catch (InvalidFormatException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not build the Word document: " + e.getMessage(), e);
        }
    }

    /**
     * The header line of an internal document (the brief, a gap report): bold red text in the
     * Header style, so nobody mistakes a page of it for something to send.
     */
    public static org.docx4j.wml.P internalLine(String text) {
        org.docx4j.wml.P p = DraftBody.paragraph(WordStyles.HEADER);
        org.docx4j.wml.R r = DraftBody.textRun(text, null);
        org.docx4j.wml.RPr rpr = new org.docx4j.wml.RPr();
        rpr.setB(Formatting.ON);
        org.docx4j.wml.Color c = new org.docx4j.wml.Color();
        c.setVal(INTERNAL_RED);
        rpr.setColor(c);
        r.setRPr(rpr);
        p.getContent().add(r);
        return p;
    }

    /** "Page X of Y" in the Footer style: the draft's footer line, and the brief's and the report's. */
    public static org.docx4j.wml.P pageXofY() {
        org.docx4j.wml.P p = DraftBody.paragraph(WordStyles.FOOTER);
        DraftBody.addText(p, "Page ", null);
        DraftBody.field(p, "PAGE", "1");
        DraftBody.addText(p, " of ", null);
        DraftBody.field(p, "NUMPAGES", "1");
        return p;
    }

    /** The red of what marks a document as internal (the brief's notice, the internal header line). */
    public static final String INTERNAL_RED = "B00000";

    /** A header (or footer) part of the letterhead's content then ours, with its images; its relationship id, or null when empty. */
    private static String addPart(WordprocessingMLPackage pkg, boolean header, HouseStyle.Letterhead letterhead, List<Object> ours)
            throws InvalidFormatException {
        List<Object> content = content(letterhead, ours);
        if (content.isEmpty()) return null;
        org.docx4j.openpackaging.parts.Part part;
        if (header) {
            HeaderPart h = new HeaderPart();
            h.setJaxbElement(new Hdr());
            h.getJaxbElement().getContent().addAll(content);
            part = h;
        } else {
            FooterPart f = new FooterPart();
            f.setJaxbElement(new Ftr());
            f.getJaxbElement().getContent().addAll(content);
            part = f;
        }
        String id = pkg.getMainDocumentPart().addTargetPart(part).getId();
        addImages(pkg, part, header ? "header" : "footer", letterhead);
        return id;
    }

    private static List<Object> content(HouseStyle.Letterhead letterhead, List<Object> ours) {
        List<Object> out = new java.util.ArrayList<>();
        if (letterhead != null) out.addAll(letterhead.copyOfContent());
        out.addAll(ours);
        return out;
    }

    private static void addImages(WordprocessingMLPackage pkg, org.docx4j.openpackaging.parts.Part part, String kind,
            HouseStyle.Letterhead letterhead) throws InvalidFormatException {
        if (letterhead == null) return;
        int n = 1;
        for (HouseStyle.Image image : letterhead.images()) {
            BinaryPart bin = new BinaryPart(new PartName("/word/" + mediaName(kind, n++, image)));
            bin.setContentType(new org.docx4j.openpackaging.contenttype.ContentType(image.contentType()));
            bin.setBinaryData(image.bytes());
            pkg.getContentTypeManager().addDefaultContentType(image.extension(), image.contentType());
            part.addTargetPart(bin, image.relationshipId());
        }
    }

    private static String mediaName(String kind, int n, HouseStyle.Image image) {
        return "media/mc2-" + kind + "-" + n + "." + image.extension();
    }

    /** {@code types} (a [Content_Types].xml) with a default content type for each letterhead image's extension. */
    static String contentTypes(String types, HouseStyle house) {
        Set<String> defaults = new LinkedHashSet<>();
        for (HouseStyle.Letterhead l : new HouseStyle.Letterhead[] {house.header(), house.footer()}) {
            if (l == null) continue;
            for (HouseStyle.Image i : l.images()) {
                defaults.add("<Default Extension=\"" + i.extension() + "\" ContentType=\"" + i.contentType() + "\"/>");
            }
        }
        if (defaults.isEmpty()) return types;
        int end = types.lastIndexOf("</Types>");
        return types.substring(0, end) + String.join("", defaults) + types.substring(end);
    }

    /** Adds the relationships and media entries of a letterhead's images beside {@code partFile} (header.xml). */
    static void addImages(Map<String, byte[]> entries, String partFile, HouseStyle.Letterhead letterhead) {
        if (letterhead == null || letterhead.images().isEmpty()) return;
        String kind = partFile.substring(0, partFile.indexOf('.'));
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 1;
        Map<String, byte[]> media = new java.util.LinkedHashMap<>();
        for (HouseStyle.Image image : letterhead.images()) {
            String name = mediaName(kind, n++, image);
            rels.append("<Relationship Id=\"").append(XmlText.attribute(image.relationshipId()))
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"")
                    .append(name).append("\"/>");
            media.put("word/" + name, image.bytes());
        }
        entries.put("word/_rels/" + partFile + ".rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        entries.putAll(media);
    }
}
