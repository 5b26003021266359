package io.mc2.compare;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Equations (OMML, m:oMath) in WordprocessingML: compared as whole units by their text, and their
 * runs (m:r) marked with the runs around them when a paragraph is inserted or deleted — a tracked
 * change may wrap an m:r as it wraps a w:r.
 */
final class Equations {
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private Equations() {
    }

    /** Whether a part's XML may hold an equation (a cheap look at its bytes before any search). */
    static boolean mayHold(byte[] xml) {
        return io.mc2.docx.PartBytes.containsElement(xml, "oMath");
    }

    static boolean isMath(Node n) {
        return MATH.equals(n.getNamespaceURI());
    }

    /** The text of every equation inside {@code scope}, in order; empty when it has none. */
    static String text(Element scope) {
        org.w3c.dom.NodeList ts = scope.getElementsByTagNameNS(MATH, "t");
        if (ts.getLength() == 0) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ts.getLength(); i++) sb.append(ts.item(i).getTextContent()).append('\u0001');
        return sb.toString();
    }
}
