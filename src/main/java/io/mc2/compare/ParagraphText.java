package io.mc2.compare;

import io.mc2.redline.ComplexFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A paragraph's text as the redline reader sees it, with the run and element behind every
 * character, so that text ranges can be turned into whole runs (by splitting runs at range ends).
 * Tabs read as {@code \t}, line breaks as {@code \n}, no-break hyphens as {@code -}; complex-field
 * instructions, drawings and page breaks have no text. With {@code acceptedOnly}, text inside
 * deletions and moved-away ranges is left out (the paragraph as accepted).
 */
public final class ParagraphText {

    /** One text-bearing element: {@code length} characters starting at {@code start}. */
    record Atom(Element node, Element run, int start, int length) {
        int end() {
            return start + length;
        }
    }

    private final Element paragraph;
    private final boolean acceptedOnly;
    private final List<Atom> atoms = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ComplexFields fields = new ComplexFields();

    private ParagraphText(Element paragraph, boolean acceptedOnly) {
        this.paragraph = paragraph;
        this.acceptedOnly = acceptedOnly;
        inline(paragraph);
    }

    /** Maps the paragraph's text (all of it, or only what survives accepting with {@code acceptedOnly}). */
    public static ParagraphText of(Element paragraph, boolean acceptedOnly) {
        return new ParagraphText(paragraph, acceptedOnly);
    }

    public Element paragraph() {
        return paragraph;
    }

    public String text() {
        return text.toString();
    }

    public int length() {
        return text.length();
    }

    /** Whether inline content of this element is looked through (the reader's inline level). */
    private void inline(Element parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (!WordXml.isW(e)) {
                Element fallback = fallback(e);
                if (fallback != null) inline(fallback);
                continue;
            }
            switch (e.getLocalName()) {
                case "r" -> run(e, e);
                case "pPr", "rPr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd",
                        "customXmlPr", "smartTagPr", "proofErr", "permStart", "permEnd", "moveFromRangeStart",
                        "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart",
                        "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
                        "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
                        "customXmlMoveToRangeEnd", "subDoc", "sdtPr", "sdtEndPr" -> { }
                case "del", "moveFrom" -> {
                    if (!acceptedOnly) inline(e);
                }
                default -> inline(e);
            }
        }
    }

    /** mc:AlternateContent's Fallback, or null for any other foreign element. */
    static Element fallback(Element e) {
        if (!WordXml.MC.equals(e.getNamespaceURI()) || !"AlternateContent".equals(e.getLocalName())) return null;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element f && WordXml.MC.equals(f.getNamespaceURI()) && "Fallback".equals(f.getLocalName())) {
                return f;
            }
        }
        return null;
    }

    private void run(Element run, Element holder) {
        for (Node c = holder.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (!WordXml.isW(e)) {
                Element fallback = fallback(e);
                if (fallback != null) run(run, fallback);
                continue;
            }
            switch (e.getLocalName()) {
                case "t", "delText" -> add(e, run, e.getTextContent());
                case "tab", "ptab" -> add(e, run, "\t");
                case "br" -> {
                    String type = WordXml.attr(e, "type");
                    if (type == null || type.equals("textWrapping")) add(e, run, "\n");
                }
                case "cr" -> add(e, run, "\n");
                case "noBreakHyphen" -> add(e, run, "-");
                case "sym" -> add(e, run, io.mc2.docx.SymbolCharacter.of(WordXml.attr(e, "font"), WordXml.attr(e, "char")));
                case "fldChar" -> fields.fieldChar(WordXml.attr(e, "fldCharType"));
                default -> { }
            }
        }
    }

    private void add(Element node, Element run, String s) {
        if (s.isEmpty() || fields.inInstruction()) return;
        atoms.add(new Atom(node, run, text.length(), s.length()));
        text.append(s);
    }

    /** How many characters of the paragraph come before {@code marker}, an element inside it without text of its own. */
    public int offsetBefore(Node marker) {
        for (Atom a : atoms) {
            if ((a.node().compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING) == 0) return a.start();
        }
        return text.length();
    }

    /** The run holding the character at {@code offset}. */
    public Element runAt(int offset) {
        return atoms.get(atomAt(offset)).run();
    }

    private int atomAt(int offset) {
        int lo = 0;
        int hi = atoms.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (atoms.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Where the stretch of characters held by the same run as {@code offset} ends. */
    public int runEnd(int offset) {
        int i = atomAt(offset);
        Element run = atoms.get(i).run();
        while (i + 1 < atoms.size() && atoms.get(i + 1).run() == run) i++;
        return atoms.get(i).end();
    }

    /** The distinct runs holding characters in [start, end), in reading order. */
    public List<Element> runsIn(int start, int end) {
        List<Element> out = new ArrayList<>();
        if (start >= end) return out;
        for (int i = atomAt(start); i < atoms.size() && atoms.get(i).start() < end; i++) {
            Element r = atoms.get(i).run();
            if (out.isEmpty() || out.get(out.size() - 1) != r) out.add(r);
        }
        return out;
    }

    /**
     * Splits runs (and w:t elements) so that each offset falls between two runs, then maps the text
     * again. Offsets at 0 or at the end need no split.
     */
    public ParagraphText splitAt(int... offsets) {
        int[] sorted = offsets.clone();
        Arrays.sort(sorted);
        boolean changed = false;
        int last = -1;
        for (int i = sorted.length - 1; i >= 0; i--) {
            int k = sorted[i];
            if (k == last || k <= 0 || k >= text.length()) continue;
            last = k;
            changed |= splitAt(k);
        }
        return changed ? new ParagraphText(paragraph, acceptedOnly) : this;
    }

    private boolean splitAt(int k) {
        Atom a = atoms.get(atomAt(k));
        Node first = a.node();
        if (a.start() < k) {
            // only w:t holds more than one character
            Element t = a.node();
            String s = t.getTextContent();
            int cut = k - a.start();
            Element t2 = (Element) t.cloneNode(false);
            t.setTextContent(s.substring(0, cut));
            t2.setTextContent(s.substring(cut));
            preserveSpace(t);
            preserveSpace(t2);
            WordXml.insertAfter(t2, t);
            first = t2;
        }
        return splitRunBefore(a.run(), first);
    }

    /** Moves {@code child} and what follows it into a new run (with the same properties) after {@code run}. */
    static boolean splitRunBefore(Element run, Node child) {
        // the child may sit inside an mc:Fallback; split only between direct children
        while (child.getParentNode() != run) {
            child = child.getParentNode();
            if (child == null) return false;
        }
        boolean contentBefore = false;
        for (Node c = run.getFirstChild(); c != child; c = c.getNextSibling()) {
            if (c instanceof Element e && !WordXml.is(e, "rPr")) contentBefore = true;
        }
        if (!contentBefore) return false;
        Element r2 = (Element) run.cloneNode(false);
        Element rPr = WordXml.child(run, "rPr");
        if (rPr != null) r2.appendChild(rPr.cloneNode(true));
        while (child != null) {
            Node next = child.getNextSibling();
            r2.appendChild(child);
            child = next;
        }
        WordXml.insertAfter(r2, run);
        return true;
    }

    static void preserveSpace(Element t) {
        t.setAttributeNS(WordXml.XML, "xml:space", "preserve");
    }
}
