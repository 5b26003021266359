package io.mc2.redline.docx;

import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over untrusted parts: no DTDs, no external entities, no entity expansion; a document type
 * declaration is refused. Also the few name checks every part reader needs.
 */
final class Xml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Nesting deeper than this is refused rather than risking the reader's stack. */
    static final int MAX_DEPTH = 400;

    private static final XMLInputFactory FACTORY = newFactory();

    private Xml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; the settings above suffice
        }
        return f;
    }

    static XMLStreamReader open(Path file, String part, byte[] data) {
        try {
            return new Guarded(FACTORY.createXMLStreamReader(new ByteArrayInputStream(data)), file, part);
        } catch (XMLStreamException e) {
            throw broken(file, part, e);
        }
    }

    static Mc2Exception broken(Path file, String part, Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        if (msg.length() > 200) msg = msg.substring(0, 200) + "...";
        return DocxArchive.unsafe(file, "malformed XML in " + part + " (" + msg + ")");
    }

    static boolean isWord(String ns) {
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    /** The w:-namespaced attribute (transitional or strict), or the unprefixed one, or null. */
    static String attr(XMLStreamReader x, String local) {
        String v = x.getAttributeValue(W, local);
        if (v == null) v = x.getAttributeValue(W_STRICT, local);
        if (v == null) v = x.getAttributeValue(null, local);
        return v;
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile(
            "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])([T ][0-2]\\d:[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-][0-2]\\d:?[0-5]\\d)?)?");

    /**
     * The w:date attribute as written when it is an ISO-8601 date(-time), else null: scrubbed
     * metadata has none, and some writers put placeholders like 0-00-00T00:00:00Z there.
     */
    static String date(XMLStreamReader x) {
        String d = attr(x, "date");
        if (d == null) return null;
        d = d.strip();
        return ISO_DATE.matcher(d).matches() && !d.startsWith("0000") ? d : null;
    }

    /** Reads to the end of the current element, skipping its subtree. */
    static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) depth++;
            else if (e == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** Text of the current element's text children, skipping any child elements. */
    static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = null;
        String only = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) depth++;
            else if (e == XMLStreamConstants.END_ELEMENT) depth--;
            else if (depth == 1 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE)) {
                String t = x.getText();
                if (only == null && sb == null) only = t;
                else {
                    if (sb == null) sb = new StringBuilder(only);
                    sb.append(t);
                }
            }
        }
        return sb != null ? sb.toString() : only == null ? "" : only;
    }

    /** Refuses a DOCTYPE and surfaces entity references that were not expanded. */
    private static final class Guarded extends javax.xml.stream.util.StreamReaderDelegate {
        private final Path file;
        private final String part;

        Guarded(XMLStreamReader r, Path file, String part) {
            super(r);
            this.file = file;
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int e = super.next();
            if (e == XMLStreamConstants.DTD) {
                throw new Mc2Exception(io.mc2.problem.ExitCode.UNSAFE_DOCUMENT,
                        file + ": " + part + " declares a DTD; refusing it (XML entity attack?)");
            }
            if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new Mc2Exception(io.mc2.problem.ExitCode.UNSAFE_DOCUMENT,
                        file + ": " + part + " uses an undeclared entity &" + getLocalName() + ";");
            }
            return e;
        }
    }
}
