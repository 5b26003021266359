package io.mc2.compare;

import io.mc2.docx.Relationship;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The comments part of a package: found through the main part's relationships, or created with
 * its relationship and content type on the first new comment. {@code respond} writes its comments
 * to the supplier through it, {@code compare} the comments it carries over from the second document.
 */
public final class CommentsPart {

    static final String TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    static final String EXT_TYPE = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    static final String EXT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    private final WordPackage pkg;
    private final String mainPart;
    private String part;
    private Document doc;
    private String extPart;
    private Document ext;
    /** The next comment id, found on the first comment added (-1 until then): reading needs no scan of the body. */
    private int nextId = -1;

    public CommentsPart(WordPackage pkg, String mainPart) {
        this.pkg = pkg;
        this.mainPart = mainPart;
        this.part = existingPart(TYPE);
    }

    private String existingPart(String relType) {
        for (Relationship r : pkg.relationships(mainPart)) {
            if (!r.external() && relType.equals(r.type()) && pkg.part(r.target()) != null) return r.target();
        }
        return null;
    }

    /** Adds a comment (one paragraph per line of {@code text}); returns its id. */
    public String add(String author, String date, String text) {
        load();
        Element c = WordXml.create(doc, "comment");
        String id = Integer.toString(newId());
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

    /**
     * Adds a copy of another package's {@code w:comment} — its author, date and paragraphs, less what
     * would dangle here (relationship references, bookmarks, ids) — under a new id; returns the id.
     */
    public String copy(Element comment) {
        load();
        Element c = (Element) doc.importNode(comment, true);
        for (Element child : WordXml.elements(c)) BodyComparison.sanitize(child);
        String id = Integer.toString(newId());
        WordXml.set(c, "id", id);
        doc.getDocumentElement().appendChild(c);
        return id;
    }

    /** The comments the part holds now, in order (empty when the package has no comments part). */
    public List<Element> comments() {
        if (doc == null && part == null) return List.of();
        load();
        return WordXml.elements(doc.getDocumentElement()).stream().filter(e -> WordXml.is(e, "comment")).toList();
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
            register(part, TYPE, CONTENT_TYPE);
        } else {
            doc = pkg.parse(part);
        }
    }

    private int newId() {
        if (nextId < 0) {
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
        return nextId++;
    }

    private int maxBodyCommentId() {
        String xml = new String(pkg.part(mainPart), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<w:comment(?:RangeStart|RangeEnd|Reference)\\b[^>]*w:id=\"(\\d{1,9})\"").matcher(xml);
        int max = -1;
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
        return max;
    }

    /** Adds the relationship from the main part and the content type override. */
    private void register(String part, String relType, String contentType) {
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
        String rel = "<Relationship Id=\"" + rId + n + "\" Type=\"" + relType + "\" Target=\"" + target + "\"/>";
        int close = rels.lastIndexOf("</Relationships>");
        rels = close < 0 ? rels.replaceFirst("<Relationships([^>]*)/>", "<Relationships$1>" + rel + "</Relationships>")
                : rels.substring(0, close) + rel + rels.substring(close);
        pkg.put(relsName, rels.getBytes(StandardCharsets.UTF_8));
        String types = new String(pkg.part("[Content_Types].xml"), StandardCharsets.UTF_8);
        String override = "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/>";
        int end = types.lastIndexOf("</Types>");
        types = types.substring(0, end) + override + types.substring(end);
        pkg.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a reply to comment {@code parentId}, threaded the way Word records it: the last paragraph
     * of each comment gets a {@code w14:paraId}, and {@code commentsExtended.xml} names the
     * parent's. Returns the reply's id, or null when the document has no such comment.
     */
    public String reply(String parentId, String author, String date, String text) {
        load();
        Element parent = comment(parentId);
        if (parent == null) return null;
        Set<String> used = paraIds();
        String parentPara = paraId(parent, used);
        String id = add(author, date, text);
        String ownPara = paraId(comment(id), used);
        extended(parentPara, null);
        extended(ownPara, parentPara);
        return id;
    }

    private Element comment(String id) {
        for (Element c : WordXml.elements(doc.getDocumentElement())) {
            if (WordXml.is(c, "comment") && id.equals(WordXml.attr(c, "id"))) return c;
        }
        return null;
    }

    /** The w14:paraId of the comment's last paragraph, given one (unique in the package) when it has none. */
    private String paraId(Element comment, Set<String> used) {
        List<Element> ps = WordXml.elements(comment).stream().filter(e -> WordXml.is(e, "p")).toList();
        Element last = ps.get(ps.size() - 1);
        String id = last.getAttributeNS(WordXml.W14, "paraId");
        if (!id.isEmpty()) return id;
        // deterministic: the same input gives the same ids; below 0x80000000 as Word requires
        int n = (WordXml.attr(comment, "id").hashCode() * 31 + 0x6D63) & 0x7FFFFFFF;
        while (used.contains(String.format("%08X", n))) n = (n + 1) & 0x7FFFFFFF;
        id = String.format("%08X", n);
        used.add(id);
        Element root = doc.getDocumentElement();
        if (root.getAttributeNS("http://www.w3.org/2000/xmlns/", "w14").isEmpty()) {
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w14", WordXml.W14);
        }
        last.setAttributeNS(WordXml.W14, "w14:paraId", id);
        return id;
    }

    /** Every w14:paraId in the comments and the main document, upper case. */
    private Set<String> paraIds() {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("w14:paraId=\"([0-9A-Fa-f]{1,8})\"").matcher(new String(pkg.part(mainPart), StandardCharsets.UTF_8));
        while (m.find()) out.add(m.group(1).toUpperCase(Locale.ROOT));
        NodeList ps = doc.getElementsByTagNameNS("*", "p");
        for (int i = 0; i < ps.getLength(); i++) {
            String id = ((Element) ps.item(i)).getAttributeNS(WordXml.W14, "paraId");
            if (!id.isEmpty()) out.add(id.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** Records a comment in commentsExtended.xml (created on first use), as a reply when {@code parent} is given. */
    private void extended(String paraId, String parent) {
        if (ext == null) {
            extPart = existingPart(EXT_TYPE);
            if (extPart == null) {
                extPart = "word/commentsExtended.xml";
                ext = WordPackage.newDocument();
                Element root = ext.createElementNS(W15, "w15:commentsEx");
                root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:w15", W15);
                ext.appendChild(root);
                register(extPart, EXT_TYPE, EXT_CONTENT_TYPE);
            } else {
                ext = pkg.parse(extPart);
            }
        }
        Element root = ext.getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && paraId.equalsIgnoreCase(e.getAttributeNS(W15, "paraId"))) return;
        }
        Element e = ext.createElementNS(W15, "w15:commentEx");
        e.setAttributeNS(W15, "w15:paraId", paraId);
        if (parent != null) e.setAttributeNS(W15, "w15:paraIdParent", parent);
        e.setAttributeNS(W15, "w15:done", "0");
        root.appendChild(e);
    }

    /** Writes the parts back when comments were added. */
    public void save() {
        if (doc != null) pkg.put(part, doc);
        if (ext != null) pkg.put(extPart, ext);
    }
}
