package io.mc2.compare;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * WordprocessingML element names and the few tree moves the tracked-changes writers share. Elements
 * are created in the namespace the document's root uses (transitional or strict) with prefix {@code w}.
 */
public final class WordXml {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private WordXml() {
    }

    /** Whether the node is a w: element (either namespace). */
    public static boolean isW(Node n) {
        return n instanceof Element && (W.equals(n.getNamespaceURI()) || W_STRICT.equals(n.getNamespaceURI()));
    }

    /** Whether the node is the w: element with this local name. */
    public static boolean is(Node n, String local) {
        return isW(n) && local.equals(n.getLocalName());
    }

    /** The namespace of w: elements in this document. */
    public static String ns(Document d) {
        Element root = d.getDocumentElement();
        return root != null && W_STRICT.equals(root.getNamespaceURI()) ? W_STRICT : W;
    }

    /** A new w: element. */
    public static Element create(Document d, String local) {
        return d.createElementNS(ns(d), qualified(local));
    }

    /** Sets a w: attribute. */
    public static void set(Element e, String local, String value) {
        String ns = W_STRICT.equals(e.getNamespaceURI()) ? W_STRICT : W;
        e.setAttributeNS(ns, qualified(local), value);
    }

    /**
     * "w:" + local, one String per name: a comparison creating a million elements would otherwise hold
     * a million copies of "w:r" (the DOM keeps the name it is given).
     */
    private static String qualified(String local) {
        return QUALIFIED.computeIfAbsent(local, l -> "w:" + l);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> QUALIFIED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A w: attribute (either namespace, or unprefixed), or null. */
    public static String attr(Element e, String local) {
        if (e.hasAttributeNS(W, local)) return e.getAttributeNS(W, local);
        if (e.hasAttributeNS(W_STRICT, local)) return e.getAttributeNS(W_STRICT, local);
        if (e.hasAttribute(local)) return e.getAttribute(local);
        return null;
    }

    /** The first w: child with this local name, or null. */
    public static Element child(Node parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) if (is(c, local)) return (Element) c;
        return null;
    }

    /** Element children, in order (a copy: safe to change the tree while walking it). */
    public static List<Element> elements(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) out.add(e);
        return out;
    }

    /** Replaces the element by its children. */
    public static void unwrap(Element e) {
        Node parent = e.getParentNode();
        while (e.getFirstChild() != null) parent.insertBefore(e.getFirstChild(), e);
        parent.removeChild(e);
    }

    /** Removes the node from its parent. */
    public static void remove(Node n) {
        if (n.getParentNode() != null) n.getParentNode().removeChild(n);
    }

    /** Inserts {@code n} right after {@code ref}. */
    public static void insertAfter(Node n, Node ref) {
        ref.getParentNode().insertBefore(n, ref.getNextSibling());
    }

    /** The paragraph's w:pPr, created as its first child when missing. */
    public static Element paragraphProperties(Element p) {
        Element pPr = child(p, "pPr");
        if (pPr == null) {
            pPr = create(p.getOwnerDocument(), "pPr");
            p.insertBefore(pPr, p.getFirstChild());
        }
        return pPr;
    }

    /** pPr/rPr (the paragraph mark's run properties), created in its schema place when missing. */
    public static Element markProperties(Element p) {
        Element pPr = paragraphProperties(p);
        Element rPr = child(pPr, "rPr");
        if (rPr == null) {
            rPr = create(p.getOwnerDocument(), "rPr");
            Node before = null;
            for (Node c = pPr.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (is(c, "sectPr") || is(c, "pPrChange")) {
                    before = c;
                    break;
                }
            }
            pPr.insertBefore(rPr, before);
        }
        return rPr;
    }

    /** The tracked change of the paragraph mark (ins, del, moveFrom or moveTo element), or null. */
    public static Element markChange(Element p) {
        Element pPr = child(p, "pPr");
        Element rPr = pPr == null ? null : child(pPr, "rPr");
        if (rPr == null) return null;
        for (Node c = rPr.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, "ins") || is(c, "del") || is(c, "moveFrom") || is(c, "moveTo")) return (Element) c;
        }
        return null;
    }

    /**
     * Whether accepting every tracked change removes the element with all it holds: a deletion or
     * moved-from wrapper, a table row marked deleted, a cell marked deleted.
     */
    public static boolean removedOnAccept(Element e) {
        if (!isW(e)) return false;
        if (is(e, "del") || is(e, "moveFrom")) return true;
        String properties = is(e, "tr") ? "trPr" : is(e, "tc") ? "tcPr" : null;
        if (properties == null) return false;
        Element props = child(e, properties);
        return props != null && child(props, properties.equals("trPr") ? "del" : "cellDel") != null;
    }

    /** Whether accepting removes the table row or cell {@code p} sits in, below {@code scope} (null: anywhere). */
    public static boolean inRemovedRowOrCell(Element p, Node scope) {
        for (Node n = p.getParentNode(); n != null && n != scope; n = n.getParentNode()) {
            if ((is(n, "tr") || is(n, "tc")) && removedOnAccept((Element) n)) return true;
        }
        return false;
    }

    /** Whether accepting every tracked change removes the paragraph's mark (deleted or moved away), joining it to the next. */
    public static boolean markRemovedOnAccept(Element p) {
        Element mark = markChange(p);
        return mark != null && (is(mark, "del") || is(mark, "moveFrom"));
    }

    /** Whether the element is a tracked-change wrapper of inline or block content. */
    public static boolean isTrackedWrapper(Node n) {
        return is(n, "ins") || is(n, "del") || is(n, "moveFrom") || is(n, "moveTo");
    }

    /** The nearest w:tc around the node, or null (the body). */
    public static Element cellOf(Node n) {
        for (Node a = n.getParentNode(); a != null; a = a.getParentNode()) if (is(a, "tc")) return (Element) a;
        return null;
    }
}
