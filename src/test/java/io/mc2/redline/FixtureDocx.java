package io.mc2.redline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tiny .docx builder for test fixtures: parts are XML strings written by hand, so a fixture holds
 * exactly the markup it is about. Used once by {@link MakeRedlineFixtures} (committed outputs) and
 * by tests that need a variation on the fly (fuzzing, benchmarks).
 */
public final class FixtureDocx {

    public static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final StringBuilder documentRels = new StringBuilder();
    private final StringBuilder packageRels = new StringBuilder();
    private int relId = 1;
    private String mainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /** A document whose body is the given XML (paragraphs, tables, sectPr). */
    public static FixtureDocx withBody(String bodyXml) {
        FixtureDocx d = new FixtureDocx();
        d.part("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + NS
                + "><w:body>" + bodyXml + "</w:body></w:document>");
        d.packageRels.append(rel("rId1", OFFICE_REL + "officeDocument", "word/document.xml", false));
        return d;
    }

    public FixtureDocx part(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public FixtureDocx binaryPart(String name, byte[] data) {
        parts.put(name, data);
        return this;
    }

    /** Adds a part related to the main document (styles, numbering, header, footnotes, comments ...). */
    public FixtureDocx related(String type, String name, String contentType, String rootXml) {
        String id = "rIdX" + relId++;
        return related(id, type, name, contentType, rootXml);
    }

    public FixtureDocx related(String id, String type, String name, String contentType, String rootXml) {
        part("word/" + name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + rootXml);
        overrides.put("/word/" + name, contentType);
        String relType = type.startsWith("http") ? type : OFFICE_REL + type;
        documentRels.append(rel(id, relType, name, false));
        return this;
    }

    public FixtureDocx externalDocumentRelationship(String id, String type, String target) {
        documentRels.append(rel(id, type.startsWith("http") ? type : OFFICE_REL + type, target, true));
        return this;
    }

    public FixtureDocx packageRelated(String type, String name, String contentType, String xml) {
        part(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        overrides.put("/" + name, contentType);
        packageRels.append(rel("rIdP" + relId++, type, name, false));
        return this;
    }

    public FixtureDocx mainContentType(String contentType) {
        this.mainContentType = contentType;
        return this;
    }

    private static String rel(String id, String type, String target, boolean external) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\""
                + (external ? " TargetMode=\"External\"" : "") + "/>";
    }

    public byte[] bytes() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainContentType + "\"/>");
        overrides.forEach((k, v) -> ct.append("<Override PartName=\"").append(k).append("\" ContentType=\"").append(v).append("\"/>"));
        ct.append("</Types>");
        all.put("[Content_Types].xml", ct.toString().getBytes(StandardCharsets.UTF_8));
        all.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + RELS_NS + "\">" + packageRels + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        if (documentRels.length() > 0) {
            all.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"" + RELS_NS + "\">" + documentRels + "</Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        all.putAll(parts);
        return zip(all);
    }

    /** Zips entries with fixed times so a fixture's bytes depend only on its parts. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(315532800000L));
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes());
    }

    // ---- small markup helpers

    public static String p(String inner) {
        return "<w:p>" + inner + "</w:p>";
    }

    public static String p(String pPr, String inner) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr>" + inner + "</w:p>";
    }

    public static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    public static String delR(String text) {
        return "<w:r><w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r>";
    }

    public static String ins(int id, String author, String date, String inner) {
        return "<w:ins w:id=\"" + id + "\" w:author=\"" + author + "\"" + (date == null ? "" : " w:date=\"" + date + "\"")
                + ">" + inner + "</w:ins>";
    }

    public static String del(int id, String author, String date, String inner) {
        return "<w:del w:id=\"" + id + "\" w:author=\"" + author + "\"" + (date == null ? "" : " w:date=\"" + date + "\"")
                + ">" + inner + "</w:del>";
    }
}
