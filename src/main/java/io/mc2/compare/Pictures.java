package io.mc2.compare;

import io.mc2.docx.Relationship;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The pictures of one story of A and the same story of B. A picture is known by the bytes it shows
 * (a:blip r:embed, v:imagedata r:id), so that a paragraph whose pictures changed is not taken for
 * one that did not; and B's pictures are carried into A's package with their media parts,
 * relationships and content types when B's content is copied into A.
 */
final class Pictures {
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String IMAGE = R + "/image";

    private final WordPackage a;
    private final String partA;
    private final Document docA;
    private final WordPackage b;
    private final String partB;
    private final Map<String, String> carried = new HashMap<>();
    /** Relationship targets of each side's part, read once (A's again after a picture is carried into it). */
    private Map<String, String> targetsA;
    private Map<String, String> targetsB;

    /** @param docA the parsed {@code partA}: elements it owns are A's, any other B's */
    Pictures(WordPackage a, String partA, Document docA, WordPackage b, String partB) {
        this.a = a;
        this.partA = partA;
        this.docA = docA;
        this.b = b;
        this.partB = partB;
    }

    /** Whether a part's XML may hold a picture reference (a cheap look at its bytes before any search). */
    static boolean mayHold(byte[] xml) {
        return io.mc2.docx.PartBytes.containsElement(xml, "blip") || io.mc2.docx.PartBytes.containsElement(xml, "imagedata");
    }

    /** The digests of the pictures {@code unit} shows, in order; empty when it shows none. */
    String identity(Element unit) {
        boolean ofA = unit.getOwnerDocument() == docA;
        if (ofA && targetsA == null) targetsA = targets(a, partA);
        if (!ofA && targetsB == null) targetsB = targets(b, partB);
        List<String> seen = digests(ofA ? a : b, ofA ? targetsA : targetsB, references(unit));
        return seen.isEmpty() ? "" : String.join("\u0001", seen) + "\u0001";
    }

    /**
     * The digest of each picture {@code scope}, an element of {@code part} of {@code pkg}, shows
     * with every tracked change accepted, in order.
     */
    static List<String> acceptedDigests(WordPackage pkg, String part, Element scope) {
        return digests(pkg, targets(pkg, part), acceptedReferences(scope));
    }

    private static List<String> digests(WordPackage pkg, Map<String, String> targets, List<Element> references) {
        List<String> out = new ArrayList<>();
        for (Element ref : references) {
            String target = targets.get(id(ref));
            byte[] data = target == null ? null : pkg.part(target);
            out.add(data == null ? "missing:" + id(ref) : digest(data));
        }
        return out;
    }

    /**
     * Makes the pictures of {@code drawing}, an element of B copied into A's document, A's: each
     * media part copied (once), a relationship from A's part to it, and its content type.
     *
     * @return false when a picture cannot be carried (B names no such part): the caller drops it
     */
    boolean carry(Element drawing) {
        if (targetsB == null) targetsB = targets(b, partB);
        for (Element ref : references(drawing)) {
            String target = targetsB.get(id(ref));
            byte[] data = target == null ? null : b.part(target);
            if (data == null) return false;
            String newId = carried.computeIfAbsent(target, t -> add(t, data));
            ref.setAttributeNS(R, "r:" + ref.getAttributeNodeNS(R, attribute(ref)).getLocalName(), newId);
        }
        return true;
    }

    /** Every picture reference in a subtree, in document order. */
    static List<Element> references(Element scope) {
        List<Element> out = new ArrayList<>();
        collect(scope, false, out);
        return out;
    }

    /**
     * The picture references of a subtree that accepting every tracked change keeps: none inside a
     * deletion, a moved-from range's runs, a deleted row or a deleted cell. Read in place, as a copy
     * of the whole document accepted would cost as much as the comparison on a long one.
     */
    static List<Element> acceptedReferences(Element scope) {
        List<Element> out = new ArrayList<>();
        collect(scope, true, out);
        return out;
    }

    private static void collect(Element e, boolean acceptedOnly, List<Element> out) {
        // the local name first: a string switch costs less than a namespace test on every element
        String local = e.getLocalName();
        if (local != null) {
            switch (local) {
                case "del", "moveFrom", "tr", "tc" -> {
                    if (acceptedOnly && WordXml.removedOnAccept(e)) return;
                }
                case "blip", "imagedata" -> {
                    if (!id(e).isEmpty()) out.add(e);
                }
                default -> { }
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) collect(child, acceptedOnly, out);
        }
    }

    private static String attribute(Element e) {
        return "blip".equals(e.getLocalName()) ? "embed" : "id";
    }

    private static String id(Element e) {
        String local = e.getLocalName();
        if (!"blip".equals(local) && !"imagedata".equals(local)) return "";
        return e.getAttributeNS(R, attribute(e));
    }

    private static Map<String, String> targets(WordPackage pkg, String part) {
        Map<String, String> out = new HashMap<>();
        for (Relationship r : pkg.relationships(part)) if (!r.external()) out.put(r.id(), r.target());
        return out;
    }

    /** Adds B's media part {@code target} to A, related from A's part; returns the relationship id. */
    private String add(String target, byte[] data) {
        String ext = target.contains(".") ? target.substring(target.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "bin";
        if (!ext.matches("[a-z0-9]{1,8}")) ext = "bin";
        String folder = partA.contains("/") ? partA.substring(0, partA.lastIndexOf('/') + 1) : "";
        String name = "media/mc2-" + digest(data).substring(0, 16) + "." + ext;
        a.put(folder + name, data);
        contentType(ext, target);
        String rels = WordPackage.relsOf(partA);
        Document doc = a.part(rels) != null ? a.parse(rels) : emptyRelationships();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Relationship r : a.relationships(partA)) taken.add(r.id());
        int n = 1;
        while (taken.contains("rIdMc2Picture" + n)) n++;
        String id = "rIdMc2Picture" + n;
        Element rel = doc.createElementNS(PACKAGE_RELS, "Relationship");
        rel.setAttribute("Id", id);
        rel.setAttribute("Type", IMAGE);
        rel.setAttribute("Target", name);
        doc.getDocumentElement().appendChild(rel);
        a.put(rels, doc);
        targetsA = null;
        return id;
    }

    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static Document emptyRelationships() {
        Document d = WordPackage.newDocument();
        d.appendChild(d.createElementNS(PACKAGE_RELS, "Relationships"));
        return d;
    }

    /** A's content types gain a default for the extension, with the type B gives the part. */
    private void contentType(String ext, String targetB) {
        Document types = a.parse("[Content_Types].xml");
        for (Node n = types.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Default".equals(e.getLocalName()) && ext.equalsIgnoreCase(e.getAttribute("Extension"))) return;
        }
        String type = typeIn(b.parse("[Content_Types].xml"), ext, targetB);
        Element d = types.createElementNS(CONTENT_TYPES, "Default");
        d.setAttribute("Extension", ext);
        d.setAttribute("ContentType", type);
        types.getDocumentElement().insertBefore(d, types.getDocumentElement().getFirstChild());
        a.put("[Content_Types].xml", types);
    }

    private static String typeIn(Document types, String ext, String part) {
        String byDefault = null;
        for (Node n = types.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if ("Override".equals(e.getLocalName()) && ("/" + part).equals(e.getAttribute("PartName"))) return e.getAttribute("ContentType");
            if ("Default".equals(e.getLocalName()) && ext.equalsIgnoreCase(e.getAttribute("Extension"))) byDefault = e.getAttribute("ContentType");
        }
        return byDefault != null ? byDefault : "image/" + (ext.equals("jpg") ? "jpeg" : ext);
    }

    private static String digest(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
