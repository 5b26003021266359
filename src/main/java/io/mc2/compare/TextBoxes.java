package io.mc2.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text boxes of the body (w:txbxContent) as {@link TextBoxComparison} compares them: each box
 * found once in its anchor paragraph, though a word processor may draw it twice (DrawingML in
 * mc:Choice, which Word reads, and VML in mc:Fallback); the copy shown and its other copies are
 * kept together so that changes written into one can be copied into the others.
 */
final class TextBoxes {
    private TextBoxes() {
    }

    /** One text box: the copy a reader shows, and the other copies of it (mc:Fallback) to keep in step. */
    record Box(Element shown, List<Element> copies) {
        /** The paragraph the box is anchored in. */
        Element anchor() {
            for (Node n = shown.getParentNode(); n != null; n = n.getParentNode()) if (WordXml.is(n, "p")) return (Element) n;
            return null;
        }

        /** The child of the anchor run that holds the box (mc:AlternateContent, w:drawing or w:pict). */
        Element holder() {
            Node n = shown;
            while (n.getParentNode() != null && !WordXml.is(n.getParentNode(), "r")) n = n.getParentNode();
            return n.getParentNode() == null ? null : (Element) n;
        }

        /** Whether the anchor run holding the box is itself inserted or deleted: "ins", "del", "moveFrom", "moveTo" or null. */
        String anchorChange() {
            for (Node n = shown.getParentNode(); n != null && !WordXml.is(n, "p"); n = n.getParentNode()) {
                if (WordXml.isTrackedWrapper(n)) return n.getLocalName();
            }
            return null;
        }

        boolean removed() {
            String c = anchorChange();
            return "del".equals(c) || "moveFrom".equals(c);
        }

        /** The copy shown, then the others. */
        List<Element> all() {
            List<Element> out = new ArrayList<>(copies.size() + 1);
            out.add(shown);
            out.addAll(copies);
            return out;
        }
    }

    /** Whether a part's XML may hold a text box (a cheap look at its bytes before any search). */
    static boolean mayHold(byte[] xml) {
        return io.mc2.docx.PartBytes.containsElement(xml, "txbxContent");
    }

    /** The boxes anchored in the body's paragraphs (table cells included), in document order. */
    static List<Box> of(Document doc) {
        List<Box> out = new ArrayList<>();
        for (Element p : BodyBlocks.paragraphs(doc)) walk(p, out);
        return out;
    }

    /** The boxes in a subtree (a paragraph or a table), in document order; each drawn copy counted once. */
    static List<Box> in(Element scope) {
        List<Box> out = new ArrayList<>();
        if (isAlternate(scope)) alternate(scope, out);
        else walk(scope, out);
        return out;
    }

    private static void walk(Element parent, List<Box> out) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (WordXml.is(e, "txbxContent")) out.add(new Box(e, List.of()));
            else if (isAlternate(e)) alternate(e, out);
            else walk(e, out);
        }
    }

    static boolean isAlternate(Element e) {
        return WordXml.MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName());
    }

    /** The first branch holding boxes shows them; a later branch with as many boxes holds copies of them. */
    private static void alternate(Element ac, List<Box> out) {
        List<List<Box>> branches = new ArrayList<>();
        for (Element branch : foreignChildren(ac)) {
            List<Box> found = new ArrayList<>();
            walk(branch, found);
            if (!found.isEmpty()) branches.add(found);
        }
        if (branches.isEmpty()) return;
        List<Box> shown = branches.get(0);
        for (int i = 0; i < shown.size(); i++) {
            List<Element> copies = new ArrayList<>(shown.get(i).copies());
            for (List<Box> other : branches.subList(1, branches.size())) {
                if (other.size() == shown.size()) copies.addAll(other.get(i).all());
            }
            out.add(new Box(shown.get(i).shown(), copies));
        }
    }

    private static List<Element> foreignChildren(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x && WordXml.MC.equals(x.getNamespaceURI())) out.add(x);
        }
        return out;
    }

    /**
     * Whether markup-compatibility element {@code e} (mc:AlternateContent and its branches) holds a
     * drawing carried whole: it stays around it, so both the DrawingML and the VML copy of a carried
     * text box arrive.
     */
    static boolean holdsKept(Element e, Set<Element> kept) {
        // looked for downwards, never into a kept drawing: each element outside them is seen once per mc: element around it
        return !kept.isEmpty() && WordXml.MC.equals(e.getNamespaceURI()) && holdsKeptBelow(e, kept);
    }

    private static boolean holdsKeptBelow(Element e, Set<Element> kept) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x && (kept.contains(x) || holdsKeptBelow(x, kept))) return true;
        }
        return false;
    }

    /** The w:drawing and w:pict elements of a subtree. */
    static List<Element> drawings(Element scope) {
        List<Element> out = new ArrayList<>();
        for (String local : List.of("drawing", "pict")) {
            org.w3c.dom.NodeList ns = scope.getElementsByTagNameNS(WordXml.ns(scope.getOwnerDocument()), local);
            for (int i = 0; i < ns.getLength(); i++) out.add((Element) ns.item(i));
        }
        return out;
    }

    /**
     * The boxes' paragraph texts as the body shows them accepted: a box whose anchor run is deleted
     * left out, deleted text left out, a paragraph whose mark is deleted joined to the next one of
     * its container (the box or a cell of a table in it), paragraphs of deleted rows left out.
     * Compared between the output and B to say whether any box still differs.
     */
    static List<String> acceptedTexts(Document doc) {
        List<String> out = new ArrayList<>();
        for (Box box : of(doc)) {
            if (box.removed()) continue;
            for (List<Element> members : AcceptedParagraphs.of(BodyBlocks.paragraphsIn(box.shown()), box.shown())) {
                StringBuilder text = new StringBuilder();
                for (Element p : members) text.append(ParagraphText.of(p, true).text());
                out.add(text.toString());
            }
        }
        return out;
    }

    private static final Set<String> CHANGES = Set.of("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveFromRangeEnd",
            "moveToRangeStart", "moveToRangeEnd", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange",
            "tblGridChange", "tblPrExChange", "sectPrChange", "cellIns", "cellDel", "cellMerge", "numberingChange");

    /** Replaces {@code copy}'s content by {@code shown}'s, its change ids renewed (a range's two ends keep one id). */
    static void copyInto(Element shown, Element copy, AtomicInteger ids) {
        while (copy.getFirstChild() != null) copy.removeChild(copy.getFirstChild());
        Map<String, String> renewed = new HashMap<>();
        for (Node c = shown.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node clone = c.cloneNode(true);
            copy.appendChild(clone);
            if (clone instanceof Element e) renew(e, renewed, ids);
        }
    }

    private static void renew(Element e, Map<String, String> renewed, AtomicInteger ids) {
        if (WordXml.isW(e) && CHANGES.contains(e.getLocalName())) {
            String id = WordXml.attr(e, "id");
            if (id != null) WordXml.set(e, "id", renewed.computeIfAbsent(id, k -> Integer.toString(ids.getAndIncrement())));
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element x) renew(x, renewed, ids);
    }
}
