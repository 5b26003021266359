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
        if (house.header() != null) {
            org.docx4j.wml.Hdr hdr = new org.docx4j.wml.Hdr();
            hdr.getContent().addAll(house.header().copyOfContent());
            letterhead.put("word/header.xml", house.xml(hdr));
            Letterheads.addImages(letterhead, "header.xml", house.header());
            types.append("<Override PartName=\"/word/header.xml\" ContentType=\"" + wml + "header+xml\"/>");
            rels.append("<Relationship Id=\"rId2\" Type=\"" + rel + "header\" Target=\"header.xml\"/>");
            references.append("<w:headerReference xmlns:r=\"" + rel.substring(0, rel.length() - 1) + "\" w:type=\"default\" r:id=\"rId2\"/>");
        }
        if (house.footer() != null) {
            org.docx4j.wml.Ftr ftr = new org.docx4j.wml.Ftr();
            ftr.getContent().addAll(house.footer().copyOfContent());
            letterhead.put("word/footer.xml", house.xml(ftr));
            Letterheads.addImages(letterhead, "footer.xml", house.footer());
            types.append("<Override PartName=\"/word/footer.xml\" ContentType=\"" + wml + "footer+xml\"/>");
            rels.append("<Relationship Id=\"rId3\" Type=\"" + rel + "footer\" Target=\"footer.xml\"/>");
            references.append("<w:footerReference xmlns:r=\"" + rel.substring(0, rel.length() - 1) + "\" w:type=\"default\" r:id=\"rId3\"/>");
        }
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
