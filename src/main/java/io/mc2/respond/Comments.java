package io.mc2.respond;

import io.mc2.compare.WordPackage;
import io.mc2.compare.WordXml;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The comments part of a package: found through the main part's relationships, or created with
 * its relationship and content type on the first new comment.
 */
final class Comments {

    static final String TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    private static final Pattern REL = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final WordPackage pkg;
    private final String mainPart;
    private String part;
    private Document doc;
    private int nextId;

    Comments(WordPackage pkg, String mainPart) {
        this.pkg = pkg;
        this.mainPart = mainPart;
        this.part = existingPart();
    }

    private String existingPart() {
        byte[] rels = pkg.part(WordPackage.relsOf(mainPart));
        if (rels == null) return null;
        Matcher m = REL.matcher(new String(rels, StandardCharsets.UTF_8));
        while (m.find()) {
            String type = null;
            String target = null;
            Matcher a = ATTR.matcher(m.group());
            while (a.find()) {
                if (a.group(1).equals("Type")) type = a.group(2);
                else if (a.group(1).equals("Target")) target = a.group(2);
            }
            if (TYPE.equals(type) && target != null) {
                String dir = mainPart.contains("/") ? mainPart.substring(0, mainPart.lastIndexOf('/') + 1) : "";
                String name = target.startsWith("/") ? target.substring(1) : dir + target;
                if (pkg.part(name) != null) return name;
            }
        }
        return null;
    }

    /** Adds a comment (one paragraph per line of {@code text}); returns its id. */
    String add(String author, String date, String text) {
        load();
        Element c = WordXml.create(doc, "comment");
        String id = Integer.toString(nextId++);
        WordXml.set(c, "id", id);
        WordXml.set(c, "author", author);
        if (date != null) WordXml.set(c, "date", date);
        WordXml.set(c, "initials", initials(author));
        boolean first = true;
        for (String line : text.split("\r?\n", -1)) {
            Element p = WordXml.create(doc, "p");
            if (first) {
                Element r = WordXml.create(doc, "r");
                r.appendChild(WordXml.create(doc, "annotationRef"));
                p.appendChild(r);
                first = false;
            }
            Element r = WordXml.create(doc, "r");
            Element t = WordXml.create(doc, "t");
            t.setAttributeNS(WordXml.XML, "xml:space", "preserve");
            t.setTextContent(line);
            r.appendChild(t);
            p.appendChild(r);
            c.appendChild(p);
        }
        doc.getDocumentElement().appendChild(c);
        return id;
    }

    private static String initials(String author) {
        StringBuilder sb = new StringBuilder();
        for (String w : author.trim().split("\\s+")) if (!w.isEmpty()) sb.appendCodePoint(w.codePointAt(0));
        return sb.toString();
    }

    private void load() {
        if (doc != null) return;
        if (part == null) {
            part = "word/comments.xml";
            for (int i = 2; pkg.part(part) != null; i++) part = "word/comments" + i + ".xml";
            doc = WordPackage.newDocument();
            Element root = doc.createElementNS(WordXml.W, "w:comments");
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w", WordXml.W);
            doc.appendChild(root);
            register();
        } else {
            doc = pkg.parse(part);
        }
        int max = -1;
        for (Element c : WordXml.elements(doc.getDocumentElement())) {
            try {
                max = Math.max(max, Integer.parseInt(WordXml.attr(c, "id")));
            } catch (NumberFormatException | NullPointerException ignored) {
                // a comment without a numeric id does not constrain ours
            }
        }
        // ids of comment ranges in the body share the space; stay above both
        nextId = Math.max(max + 1, maxBodyCommentId() + 1);
    }

    private int maxBodyCommentId() {
        String xml = new String(pkg.part(mainPart), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<w:comment(?:RangeStart|RangeEnd|Reference)\\b[^>]*w:id=\"(\\d{1,9})\"").matcher(xml);
        int max = -1;
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
        return max;
    }

    /** Adds the relationship from the main part and the content type override. */
    private void register() {
        String relsName = WordPackage.relsOf(mainPart);
        byte[] relsBytes = pkg.part(relsName);
        String rels = relsBytes == null
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
                : new String(relsBytes, StandardCharsets.UTF_8);
        String rId = "rId";
        int n = 1;
        while (rels.contains("Id=\"" + rId + n + "\"")) n++;
        String dir = mainPart.contains("/") ? mainPart.substring(0, mainPart.lastIndexOf('/') + 1) : "";
        String target = part.startsWith(dir) ? part.substring(dir.length()) : "/" + part;
        String rel = "<Relationship Id=\"" + rId + n + "\" Type=\"" + TYPE + "\" Target=\"" + target + "\"/>";
        int close = rels.lastIndexOf("</Relationships>");
        rels = close < 0 ? rels.replaceFirst("<Relationships([^>]*)/>", "<Relationships$1>" + rel + "</Relationships>")
                : rels.substring(0, close) + rel + rels.substring(close);
        pkg.put(relsName, rels.getBytes(StandardCharsets.UTF_8));
        String types = new String(pkg.part("[Content_Types].xml"), StandardCharsets.UTF_8);
        String override = "<Override PartName=\"/" + part + "\" ContentType=\"" + CONTENT_TYPE + "\"/>";
        int end = types.lastIndexOf("</Types>");
        types = types.substring(0, end) + override + types.substring(end);
        pkg.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the part back when comments were added. */
    void save() {
        if (doc != null) pkg.put(part, doc);
    }
}
