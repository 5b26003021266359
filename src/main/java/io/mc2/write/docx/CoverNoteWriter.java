package io.mc2.write.docx;

import io.mc2.model.CoverNote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link CoverNote} as a plain Word document: a title, the opening paragraphs, and for each clause a
 * heading followed by "Your paper:", "We require:" and "Why:" paragraphs. Built from the note alone, so nothing
 * internal can reach it; deterministic (fixed zip entry times, no document properties).
 */
public final class CoverNoteWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private CoverNoteWriter() {
    }

    public static byte[] write(CoverNote note) {
        StringBuilder body = new StringBuilder();
        paragraph(body, "Title", note.title(), null);
        for (String p : note.intro()) paragraph(body, null, p, null);
        for (CoverNote.Item item : note.items()) {
            paragraph(body, "Heading1", item.heading(), null);
            paragraph(body, null, item.offered(), "Your paper: ");
            if (!item.required().isEmpty()) paragraph(body, null, item.required(), "We require: ");
            if (!item.why().isEmpty()) paragraph(body, null, item.why(), "Why: ");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>"));
        parts.put("_rels/.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        parts.put("word/_rels/document.xml.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>"));
        parts.put("word/styles.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">"
                + style("Title", "Title", 32) + style("Heading1", "heading 1", 26) + "</w:styles>"));
        parts.put("word/document.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
                + "w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PackageArchive.write(parts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String style(String id, String name, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
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
