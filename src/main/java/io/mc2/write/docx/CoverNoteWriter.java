package io.mc2.write.docx;

import io.mc2.model.CoverNote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link CoverNote} as a Word document in the house style ({@link HouseStyle}): a title, the opening paragraphs, and for each clause a
 * heading followed by "Your paper:", "We require:" and "Why:" paragraphs. Built from the note alone, so nothing
 * internal can reach it; deterministic (fixed zip entry times, no document properties).
 */
public final class CoverNoteWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private CoverNoteWriter() {
    }

    /** The note in the standard look. */
    public static byte[] write(CoverNote note) {
        return write(note, HouseStyle.standard());
    }

    /** The note in the given look: its style sheet, page and letterhead. */
    public static byte[] write(CoverNote note, HouseStyle house) {
        StringBuilder body = new StringBuilder();
        paragraph(body, "Title", note.title(), null);
        for (String p : note.intro()) paragraph(body, null, p, null);
        for (CoverNote.Item item : note.items()) {
            paragraph(body, "Heading1", item.heading(), null);
            paragraph(body, null, item.offered(), "Your paper: ");
            if (!item.required().isEmpty()) paragraph(body, null, item.required(), "We require: ");
            if (!item.why().isEmpty()) paragraph(body, null, item.why(), "Why: ");
        }
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>");
        StringBuilder references = new StringBuilder();
        Map<String, byte[]> letterhead = new LinkedHashMap<>();
        letterhead(house, true, letterhead, types, rels, references);
        letterhead(house, false, letterhead, types, rels, references);
        PageLayout page = house.page();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", bytes(Letterheads.contentTypes(types + "</Types>", house)));
        parts.put("_rels/.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        parts.put("word/_rels/document.xml.rels", bytes(rels + "</Relationships>"));
        parts.put("word/styles.xml", house.xml(house.styles(java.util.List.of())));
        parts.put("word/document.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "<w:sectPr>" + references + "<w:pgSz w:w=\"" + page.width() + "\" w:h=\"" + page.height()
                + (page.landscape() ? "\" w:orient=\"landscape" : "") + "\"/><w:pgMar w:top=\"" + page.top() + "\" w:right=\"" + page.right()
                + "\" w:bottom=\"" + page.bottom() + "\" w:left=\"" + page.left() + "\" w:header=\"" + page.header() + "\" w:footer=\""
                + page.footer() + "\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"));
        parts.putAll(letterhead);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PackageArchive.write(parts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The reference header (or footer), if any: its part, images, content type, relationship and section reference. */
    private static void letterhead(HouseStyle house, boolean header, Map<String, byte[]> parts, StringBuilder types,
            StringBuilder rels, StringBuilder references) {
        HouseStyle.Letterhead l = header ? house.header() : house.footer();
        if (l == null) return;
        String kind = header ? "header" : "footer";
        Object root;
        if (header) {
            org.docx4j.wml.Hdr hdr = new org.docx4j.wml.Hdr();
            hdr.getContent().addAll(l.copyOfContent());
            root = hdr;
        } else {
            org.docx4j.wml.Ftr ftr = new org.docx4j.wml.Ftr();
            ftr.getContent().addAll(l.copyOfContent());
            root = ftr;
        }
        String id = header ? "rId2" : "rId3";
        parts.put("word/" + kind + ".xml", house.xml(root));
        Letterheads.addImages(parts, kind + ".xml", l);
        types.append("<Override PartName=\"/word/").append(kind).append(".xml\" ContentType=\"")
                .append("application/vnd.openxmlformats-officedocument.wordprocessingml.").append(kind).append("+xml\"/>");
        rels.append("<Relationship Id=\"").append(id).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                .append(kind).append("\" Target=\"").append(kind).append(".xml\"/>");
        references.append("<w:").append(kind).append("Reference xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
                .append(" w:type=\"default\" r:id=\"").append(id).append("\"/>");
    }

    /** One paragraph: an optional bold lead-in, then the text (line breaks kept). */
    private static void paragraph(StringBuilder sb, String style, String text, String lead) {
        sb.append("<w:p>");
        if (style != null) sb.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        if (lead != null) sb.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").append(XmlText.text(lead)).append("</w:t></w:r>");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            sb.append("<w:r>").append(i > 0 ? "<w:br/>" : "").append("<w:t xml:space=\"preserve\">").append(XmlText.text(lines[i]))
                    .append("</w:t></w:r>");
        }
        sb.append("</w:p>");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
