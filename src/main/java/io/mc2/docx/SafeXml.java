package io.mc2.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The two XML parsers mc2 uses on untrusted parts, configured once: StAX for the streaming readers,
 * DOM for the writers of tracked changes. Neither reads a DTD, resolves an external entity or
 * expands an entity; a document type declaration is refused; nesting is bounded.
 */
public final class SafeXml {

    /** Nesting deeper than this is refused rather than risking a recursive walker's stack. */
    public static final int MAX_DEPTH = 400;

    private static final XMLInputFactory STAX = newStax();
    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(SafeXml::newDom);

    private SafeXml() {
    }

    /** A StAX reader over a part that refuses a DTD and unexpanded entity references. */
    public static XMLStreamReader stax(String label, String part, byte[] data) {
        try {
            return new Guarded(STAX.createXMLStreamReader(new ByteArrayInputStream(data)), label, part);
        } catch (XMLStreamException e) {
            throw broken(label, part, e);
        }
    }

    /** A parsed DOM of a part; malformed or DTD-bearing XML is an unsafe document (exit 4). */
    public static Document dom(String label, String part, byte[] data) {
        try {
            return builder().parse(new ByteArrayInputStream(data));
        } catch (SAXException | IOException e) {
            throw broken(label, part, e);
        }
    }

    /** A new empty DOM document. */
    public static Document newDocument() {
        return builder().newDocument();
    }

    /**
     * Refuses a part whose prolog declares a DTD, without reading past its root element's start: a
     * part that no reader of ours parses is still copied into our outputs, so it must be clean too.
     */
    static void checkProlog(String label, String part, byte[] data) {
        XMLStreamReader x = stax(label, part, data);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) return;
            }
        } catch (XMLStreamException e) {
            throw broken(label, part, e);
        } finally {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing to release but the parser's buffers
            }
        }
    }

    /** The exception for a part that does not parse, with the parser's explanation in one line. */
    public static Mc2Exception broken(String label, String part, Exception e) {
        String msg = e.getMessage() == null ? "not well-formed" : e.getMessage().replaceAll("\\s+", " ");
        // the JDK's messages start with their own location and class noise; keep only what a person reads
        msg = msg.replaceFirst("^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\] Message: ", "line $1, column $2: ");
        if (msg.length() > 200) msg = msg.substring(0, 200) + "...";
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT,
                label + ": " + UntrustedText.printable("malformed XML in " + part + " (" + msg + ")"));
    }

    private static DocumentBuilder builder() {
        DocumentBuilder b = DOM.get();
        b.reset();
        return b;
    }

    private static XMLInputFactory newStax() {
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

    private static DocumentBuilder newDom() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // every node is visited anyway; building them while parsing is cheaper than on demand
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            try {
                f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            } catch (IllegalArgumentException ignored) {
                // a parser without the JDK's limits: the tree walkers' own depth checks still apply
            }
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /** Refuses a DOCTYPE and surfaces entity references that were not expanded. */
    private static final class Guarded extends StreamReaderDelegate {
        private final String label;
        private final String part;

        Guarded(XMLStreamReader r, String label, String part) {
            super(r);
            this.label = label;
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int e = super.next();
            if (e == XMLStreamConstants.DTD) {
                throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT,
                        label + ": " + UntrustedText.printable(part) + " declares a DTD; refusing it (XML entity attack?)");
            }
            if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT,
                        label + ": " + UntrustedText.printable(part + " uses an undeclared entity &" + getLocalName() + ";"));
            }
            return e;
        }
    }
}
