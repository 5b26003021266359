package io.mc2.negotiation;

import io.mc2.compare.WordPackage;
import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The round's provenance in a document we send: custom properties {@code mc2.negotiation} (the
 * record's id, never a path), {@code mc2.round} and {@code mc2.round.sent-sha256} (the SHA-256 of
 * the document's accepted text, which the properties themselves do not change).
 */
public final class RoundStamp {
    /** The record's id. */
    public static final String NEGOTIATION = "mc2.negotiation";
    /** The round the document opens. */
    public static final String ROUND = "mc2.round";
    /** SHA-256 of the accepted text of what we sent. */
    public static final String SENT_SHA256 = "mc2.round.sent-sha256";

    private static final String CUSTOM = "docProps/custom.xml";
    private static final String PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static final String VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private RoundStamp() {
    }

    /** A stamped document: its bytes and the two hashes the record keeps. */
    public record Stamped(byte[] bytes, String sha256, String textSha256) {
    }

    /** What a document says of its round, read from its custom properties; null fields when absent. */
    public record Named(String negotiation, Integer round, String sentSha256) {
        /** Reads and checks the properties: an id that is not an id, or a round that is not a number, is unsafe. */
        public static Named of(Map<String, String> properties, String file) {
            String id = properties.get(NEGOTIATION);
            if (id != null && !NegotiationRecord.isId(id)) {
                throw NegotiationRecord.unsafe(file + ": unsafe provenance: the negotiation it names is not a record id "
                        + "(letters, digits, '-', '_', '.'; never a path)");
            }
            String r = properties.get(ROUND);
            Integer round = null;
            if (r != null) {
                if (!r.matches("[1-9]\\d{0,3}")) throw NegotiationRecord.unsafe(file + ": unsafe provenance: mc2.round is not a round number");
                round = Integer.valueOf(r);
            }
            return new Named(id, round, properties.get(SENT_SHA256));
        }
    }

    /** Stamps {@code docx} as round {@code round} of negotiation {@code id}. */
    public static Stamped stamp(byte[] docx, String id, int round) {
        String textSha = acceptedTextSha256(docx);
        WordPackage pkg = WordPackage.read(docx, "the document we send", ReadLimits.defaults());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(NEGOTIATION, id);
        values.put(ROUND, Integer.toString(round));
        values.put(SENT_SHA256, textSha);
        if (pkg.part(CUSTOM) == null) addCustomPart(pkg);
        Document doc = pkg.parse(CUSTOM);
        set(doc, values);
        pkg.put(CUSTOM, doc);
        byte[] out = pkg.toBytes();
        return new Stamped(out, sha256(out), textSha);
    }

    /** SHA-256 of the document's body as accepted: one line per paragraph. */
    public static String acceptedTextSha256(byte[] docx) {
        RedlineDocument doc = RedlineReader.read(DocxPackage.of(docx, "the document", ReadLimits.defaults()));
        return sha256(doc.text(View.ACCEPTED).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the round properties (a returned document carries the previous round's) and adds them when absent. */
    private static void set(Document doc, Map<String, String> values) {
        Element root = doc.getDocumentElement();
        int pid = 1;
        NodeList props = root.getElementsByTagNameNS(PROPERTIES_NS, "property");
        for (int i = props.getLength() - 1; i >= 0; i--) {
            Element p = (Element) props.item(i);
            if (values.containsKey(p.getAttribute("name"))) root.removeChild(p);
        }
        props = root.getElementsByTagNameNS(PROPERTIES_NS, "property");
        for (int i = 0; i < props.getLength(); i++) {
            try {
                pid = Math.max(pid, Integer.parseInt(((Element) props.item(i)).getAttribute("pid")));
            } catch (NumberFormatException e) {
                // another writer's odd pid: the next free one is still above every number seen
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Element p = doc.createElementNS(PROPERTIES_NS, "property");
            p.setAttribute("fmtid", FMTID);
            p.setAttribute("pid", Integer.toString(++pid));
            p.setAttribute("name", e.getKey());
            Node v = p.appendChild(doc.createElementNS(VT_NS, "vt:lpwstr"));
            v.setTextContent(e.getValue());
            root.appendChild(p);
        }
    }

    /** A document whose custom properties were removed gets the part back, with its content type and relationship. */
    private static void addCustomPart(WordPackage pkg) {
        pkg.put(CUSTOM, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"" + PROPERTIES_NS
                + "\" xmlns:vt=\"" + VT_NS + "\"/>").getBytes(StandardCharsets.UTF_8));
        Document types = pkg.parse("[Content_Types].xml");
        Element o = types.createElementNS("http://schemas.openxmlformats.org/package/2006/content-types", "Override");
        o.setAttribute("PartName", "/" + CUSTOM);
        o.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        types.getDocumentElement().appendChild(o);
        pkg.put("[Content_Types].xml", types);
        Document rels = pkg.parse("_rels/.rels");
        Element r = rels.createElementNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship");
        r.setAttribute("Id", "rIdMc2Custom");
        r.setAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties");
        r.setAttribute("Target", CUSTOM);
        rels.getDocumentElement().appendChild(r);
        pkg.put("_rels/.rels", rels);
    }
}
