package io.mc2.compare;

import io.mc2.write.docx.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM back as XML, attributes in document order. Namespace declarations are kept where
 * they were, and one is added wherever an element or attribute uses a prefix not declared around
 * it (content imported from another document may bring such names).
 */
final class XmlWriter {

    private final StringBuilder sb;
    private final List<Map<String, String>> scopes = new ArrayList<>();
    /** Where untouched paragraphs' source text is kept (null: write every element anew). */
    private final VerbatimParagraphs verbatim;
    /** When not null, collects the hash and length of how every outermost paragraph is spelled (the text is not kept). */
    private final Map<Element, long[]> spelled;
    private int paragraphDepth;

    private XmlWriter(int capacity, VerbatimParagraphs verbatim, Map<Element, long[]> spelled) {
        sb = new StringBuilder(capacity);
        this.verbatim = verbatim;
        this.spelled = spelled;
        Map<String, String> base = new HashMap<>();
        base.put("xml", WordXml.XML);
        scopes.add(base);
    }

    static byte[] write(Document doc) {
        XmlWriter w = new XmlWriter(1 << 16, VerbatimParagraphs.of(doc), null);
        w.sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        w.element(doc.getDocumentElement());
        return w.sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The hash and length of how this writer spells each outermost w:p of {@code doc}, in document order. */
    static Map<Element, long[]> spellParagraphs(Document doc) {
        Map<Element, long[]> out = new java.util.LinkedHashMap<>();
        new XmlWriter(1 << 16, null, out).element(doc.getDocumentElement());
        return out;
    }

    private String lookup(String prefix) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String uri = scopes.get(i).get(prefix);
            if (uri != null) return uri;
        }
        return null;
    }

    private void element(Element e) {
        boolean outermost = paragraphDepth == 0 && WordXml.is(e, "p");
        if (!outermost) {
            written(e);
            return;
        }
        int start = sb.length();
        paragraphDepth++;
        written(e);
        paragraphDepth--;
        if (spelled != null) {
            spelled.put(e, new long[] {VerbatimParagraphs.hash(sb, start, sb.length()), sb.length() - start});
            // only the hash is wanted: what was spelled is dropped, so a large part is never held twice
            sb.setLength(start);
            return;
        }
        if (verbatim != null && verbatim.knows(e)) {
            String source = verbatim.sourceIfUnchanged(e, sb.subSequence(start, sb.length()));
            if (source != null) sb.replace(start, sb.length(), source);
        }
    }

    private void written(Element e) {
        Map<String, String> scope = new HashMap<>(4);
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getName();
            if (name.equals("xmlns")) scope.put("", a.getValue());
            else if (name.startsWith("xmlns:")) scope.put(name.substring(6), a.getValue());
        }
        scopes.add(scope);
        String name = e.getTagName();
        sb.append('<').append(name);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            sb.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), true);
            sb.append('"');
        }
        declare(e.getPrefix(), e.getNamespaceURI(), scope);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getPrefix() != null && !a.getName().startsWith("xmlns")) declare(a.getPrefix(), a.getNamespaceURI(), scope);
        }
        Node child = e.getFirstChild();
        if (child == null) {
            sb.append("/>");
        } else {
            sb.append('>');
            for (; child != null; child = child.getNextSibling()) {
                switch (child.getNodeType()) {
                    case Node.ELEMENT_NODE -> element((Element) child);
                    case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(child.getNodeValue(), false);
                    default -> { }
                }
            }
            sb.append("</").append(name).append('>');
        }
        scopes.remove(scopes.size() - 1);
    }

    private void declare(String prefix, String uri, Map<String, String> scope) {
        if (uri == null) return;
        String p = prefix == null ? "" : prefix;
        if (uri.equals(lookup(p))) return;
        scope.put(p, uri);
        // the start tag is still open: its attributes end at the last character written
        sb.append(p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
        escape(uri, true);
        sb.append('"');
    }

    private void escape(String s, boolean attribute) {
        XmlText.append(sb, s, attribute);
    }
}
