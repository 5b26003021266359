package io.mc2.redline.docx;

import io.mc2.docx.SafeXml;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The WordprocessingML names and the few attribute and text helpers every part reader needs, over
 * the hardened StAX of {@link SafeXml}.
 */
final class Xml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Office Math (OMML), the equations' vocabulary. */
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Nesting deeper than this is refused rather than risking the reader's stack. */
    static final int MAX_DEPTH = SafeXml.MAX_DEPTH;

    private Xml() {
    }

    static XMLStreamReader open(Path file, String part, byte[] data) {
        return SafeXml.stax(file.toString(), part, data);
    }

    static Mc2Exception broken(Path file, String part, Exception e) {
        return SafeXml.broken(file.toString(), part, e);
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
}
