package io.mc2.compare;

import io.mc2.write.docx.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    /** Where the text goes once a paragraph is complete (null: all of it stays in {@link #sb}). */
    private final OutputStream sink;
    private final List<Map<String, String>> scopes = new ArrayList<>();
    /** Where untouched paragraphs' source text is kept (null: write every element anew). */
    private final VerbatimParagraphs verbatim;
    /** When not null, collects the hash and length of how every outermost paragraph is spelled (the text is not kept). */
    private final Map<Element, long[]> spelled;
    private int paragraphDepth;

    private XmlWriter(int capacity, VerbatimParagraphs verbatim, Map<Element, long[]> spelled, OutputStream sink) {
        sb = new StringBuilder(capacity);
        this.sink = sink;
        this.verbatim = verbatim;
        this.spelled = spelled;
        Map<String, String> base = new HashMap<>();
        base.put("xml", WordXml.XML);
        scopes.add(base);
    }

    static byte[] write(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(doc, out);
        return out.toByteArray();
    }

    /**
     * Writes the document as UTF-8 into {@code out}, a few paragraphs at a time: a long part is
     * never held whole as text, only as what {@code out} keeps of it (nothing, for a zip entry).
     */
    static void write(Document doc, OutputStream out) {
        XmlWriter w = new XmlWriter(FLUSH_AT + (1 << 12), VerbatimParagraphs.of(doc), null, out);
        w.sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        w.element(doc.getDocumentElement());
        w.flush();
    }

    /** How much text is gathered before it is encoded and passed on. */
    private static final int FLUSH_AT = 1 << 16;

    private void flush() {
        try {
            sink.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.setLength(0);
    }

    /** The hash and length of how this writer spells each outermost w:p of {@code doc}, in document order. */
    static Map<Element, long[]> spellParagraphs(Document doc) {
        Map<Element, long[]> out = new java.util.LinkedHashMap<>();
        new XmlWriter(1 << 16, null, out, null).element(doc.getDocumentElement());
        return out;
    }

    private String lookup(String prefix) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, String> scope = scopes.get(i);
            String uri = scope == null ? null : scope.get(prefix);
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
        // between outermost paragraphs nothing holds an offset into the text: it can be passed on
        if (sink != null && sb.length() >= FLUSH_AT) flush();
    }

    private void written(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        int count = attrs.getLength();
        // most elements declare nothing: their scope stays null instead of an empty map each
        scopes.add(null);
        for (int i = 0; i < count; i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getName();
            if (name.equals("xmlns")) scope().put("", a.getValue());
            else if (name.startsWith("xmlns:")) scope().put(name.substring(6), a.getValue());
        }
        String name = e.getTagName();
        sb.append('<').append(name);
        for (int i = 0; i < count; i++) {
            Attr a = (Attr) attrs.item(i);
            sb.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), true);
            sb.append('"');
        }
        declare(e.getPrefix(), e.getNamespaceURI());
        for (int i = 0; i < count; i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getPrefix() != null && !a.getName().startsWith("xmlns")) declare(a.getPrefix(), a.getNamespaceURI());
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

    /** The innermost element's declarations, made on first use. */
    private Map<String, String> scope() {
        int top = scopes.size() - 1;
        Map<String, String> scope = scopes.get(top);
        if (scope == null) {
            scope = new HashMap<>(4);
            scopes.set(top, scope);
        }
        return scope;
    }

    private void declare(String prefix, String uri) {
        if (uri == null) return;
        String p = prefix == null ? "" : prefix;
        if (uri.equals(lookup(p))) return;
        scope().put(p, uri);
        // the start tag is still open: its attributes end at the last character written
        sb.append(p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
        escape(uri, true);
        sb.append('"');
    }

    private void escape(String s, boolean attribute) {
        XmlText.append(sb, s, attribute);
    }
}
