package io.mc2.compare;

import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body's text boxes compared after the body, in A's output. The body comparison sees no box:
 * it keeps, rewrites, deletes or inserts anchor paragraphs by their own text, carrying the boxes in
 * them (an inserted paragraph brings B's boxes, a deleted one takes A's away). Then:
 * <ul>
 * <li>a box whose anchor run is now deleted (inserted) gets its content marked deleted (inserted)
 *     too, so that every reader's view of its text agrees with the anchor's;</li>
 * <li>boxes are paired by anchor paragraph: the output's paragraphs as accepted (deleted marks
 *     joining the next paragraph of their cell, deleted rows left out) stand one for one for B's
 *     paragraphs; within one such paragraph, A's boxes and B's are aligned by their text. A pair
 *     whose text differs gets tracked changes turning A's box into B's (a story, as notes are); a
 *     box only A has is deleted (its anchor run and content); a box only B has is inserted (B's
 *     anchor run copied in after A's box before it, else at the paragraph's end).</li>
 * </ul>
 * When the output's accepted paragraphs do not stand one for one for B's, nothing is paired and
 * the differences stay reported as not compared. Changes go into the copy Word shows (mc:Choice);
 * the box's other copies (the VML mc:Fallback) are then replaced by it, their change ids renewed,
 * so Word and LibreOffice show the same. Boxes inside boxes are the outer box's content and not
 * compared themselves; moves inside a box are written as deletion and insertion; an inserted box
 * keeps B's place in the paragraph only relative to A's boxes, not to the text.
 */
final class TextBoxComparison {
    private final Document da;
    private final Pictures pictures;
    private final boolean equations;
    private final CompareOptions options;
    private final AtomicInteger ids;
    private final TrackedEdits edits;
    private final Map<Element, List<CompareChange>> byAnchor = new IdentityHashMap<>();

    private TextBoxComparison(Document da, Pictures pictures, boolean equations, CompareOptions options, AtomicInteger ids) {
        this.da = da;
        this.pictures = pictures;
        this.equations = equations;
        this.options = options.withMoves(false);
        this.ids = ids;
        this.edits = new TrackedEdits(da, ids, options.author(), options.date());
    }

    /**
     * Compares the boxes of A's output body (after the body comparison) with B's (accepted) and
     * writes the changes into {@code da}; ids continue from {@code ids}.
     *
     * @return the changes written, each indexed by its box's anchor paragraph
     */
    static List<CompareChange> compare(Document da, Document db, Pictures pictures, boolean equations, CompareOptions options,
                                       AtomicInteger ids) {
        TextBoxComparison c = new TextBoxComparison(da, pictures, equations, options, ids);
        for (TextBoxes.Box box : TextBoxes.of(da)) {
            String change = box.anchorChange();
            if (change == null) continue;
            if (!box.removed()) c.arrived(box);
            c.markWhole(box, box.removed() ? "del" : "ins");
        }
        List<Element> psB = BodyBlocks.paragraphs(db);
        List<Group> groups = groups(da);
        if (groups.size() == psB.size()) {
            for (int k = 0; k < groups.size(); k++) c.compare(groups.get(k), TextBoxes.in(psB.get(k)));
        }
        return c.changes();
    }

    /** The output's paragraphs that read as one paragraph once accepted, and the boxes they show then. */
    private static final class Group {
        final List<TextBoxes.Box> boxes = new ArrayList<>();
        Element last;
    }

    private static List<Group> groups(Document da) {
        List<Group> out = new ArrayList<>();
        for (List<Element> members : AcceptedParagraphs.of(BodyBlocks.paragraphs(da), null)) {
            Group g = new Group();
            for (Element p : members) for (TextBoxes.Box box : TextBoxes.in(p)) if (!box.removed()) g.boxes.add(box);
            g.last = members.get(members.size() - 1);
            out.add(g);
        }
        return out;
    }

    /** One accepted paragraph: A's surviving boxes against B's, aligned by text. */
    private void compare(Group group, List<TextBoxes.Box> boxesB) {
        List<TextBoxes.Box> boxesA = group.boxes;
        if (boxesA.isEmpty() && boxesB.isEmpty()) return;
        List<String> ka = new ArrayList<>();
        List<String> kb = new ArrayList<>();
        for (TextBoxes.Box box : boxesA) ka.add(key(box.shown()));
        for (TextBoxes.Box box : boxesB) kb.add(key(box.shown()));
        List<Edit> script = SequenceDiff.diff(ka, kb);
        Element previous = null;
        for (int i = 0; i < script.size(); i++) {
            Edit e = script.get(i);
            if (e.op() == Edit.Op.EQUAL) {
                previous = boxesA.get(e.aEnd() - 1).holder();
                continue;
            }
            List<TextBoxes.Box> dels = e.op() == Edit.Op.DELETE ? boxesA.subList(e.aStart(), e.aEnd()) : List.of();
            List<TextBoxes.Box> ins = e.op() == Edit.Op.INSERT ? boxesB.subList(e.bStart(), e.bEnd()) : List.of();
            if (e.op() == Edit.Op.DELETE && i + 1 < script.size() && script.get(i + 1).op() == Edit.Op.INSERT) {
                Edit n = script.get(++i);
                ins = boxesB.subList(n.bStart(), n.bEnd());
            }
            int paired = Math.min(dels.size(), ins.size());
            for (int j = 0; j < dels.size(); j++) {
                TextBoxes.Box a = dels.get(j);
                // a box the body comparison brought from B is B's already
                if (a.anchorChange() != null) continue;
                if (j < paired) rewrite(a, ins.get(j).shown());
                else delete(a);
                previous = a.holder();
            }
            for (int j = paired; j < ins.size(); j++) {
                // a box outside any run (mc:AlternateContent as a paragraph's child) is not carried: the check reports it
                if (ins.get(j).holder() == null) continue;
                Element first = boxesA.isEmpty() ? null : boxesA.get(0).holder();
                previous = insert(ins.get(j), previous, first, group.last);
            }
        }
    }

    /** A paired box whose text differs: A's content turned into B's, then copied into A's other copies. */
    private void rewrite(TextBoxes.Box a, Element b) {
        note(a, new BodyComparison(da, options, ids, pictures, equations).compare(a.shown(), b));
        for (Element copy : a.copies()) TextBoxes.copyInto(a.shown(), copy, ids);
    }

    /** A box only A has: its anchor run (alone in a run of its own) and its content deleted. */
    private void delete(TextBoxes.Box a) {
        Element holder = a.holder();
        if (holder == null || TextBoxes.in(holder).size() != 1) return;
        Element run = (Element) holder.getParentNode();
        if (ParagraphText.splitRunBefore(run, holder)) run = (Element) holder.getParentNode();
        if (holder.getNextSibling() != null) ParagraphText.splitRunBefore(run, holder.getNextSibling());
        edits.wrapRuns(List.of(run), "del");
        markWhole(a, "del");
    }

    /**
     * A box only B has: B's anchor run holding it (its pictures carried, what would dangle in A
     * dropped) inserted after {@code previous}, else before {@code first}, else at the end of
     * {@code last}. Returns the holder inserted.
     */
    private Element insert(TextBoxes.Box b, Element previous, Element first, Element last) {
        Element runB = (Element) b.holder().getParentNode();
        Element run = (Element) da.importNode(runB, false);
        Element rPr = WordXml.child(runB, "rPr");
        if (rPr != null) run.appendChild(BodyComparison.sanitize((Element) da.importNode(rPr, true)));
        Element holder = (Element) da.importNode(b.holder(), true);
        run.appendChild(holder);
        Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element d : TextBoxes.drawings(holder)) if (pictures == null || pictures.carry(d)) kept.add(d);
        BodyComparison.sanitize(run, kept);
        if (previous != null) WordXml.insertAfter(run, TrackedEdits.climb(previous.getParentNode()));
        else if (first != null) {
            Node at = TrackedEdits.climb(first.getParentNode());
            at.getParentNode().insertBefore(run, at);
        } else {
            last.appendChild(run);
        }
        edits.wrapRuns(List.of(run), "ins");
        for (TextBoxes.Box box : TextBoxes.in(run)) {
            arrived(box);
            markWhole(box, "ins");
        }
        return holder;
    }

    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private Set<String> drawingIds;
    private int maxDrawingId;

    /**
     * Makes a box copied from B fit A: what would dangle in its content dropped (bookmarks, note
     * and comment references ...), the prefixes its mc:Choice requires declared where A's root does
     * not declare them, and drawing ids A already uses (wp:docPr) renewed.
     */
    private void arrived(TextBoxes.Box box) {
        for (Element copy : box.all()) BodyComparison.sanitize(copy, Set.copyOf(TextBoxes.drawings(copy)));
        Element holder = box.holder();
        if (holder == null) return;
        if (TextBoxes.isAlternate(holder)) declareRequired(holder);
        org.w3c.dom.NodeList own = holder.getElementsByTagNameNS(WP, "docPr");
        if (own.getLength() == 0) return;
        if (drawingIds == null) {
            // built once, leaving out this box's own ids (a box seen later may renew an id it need not: still unique)
            drawingIds = new java.util.HashSet<>();
            org.w3c.dom.NodeList all = da.getElementsByTagNameNS(WP, "docPr");
            for (int i = 0; i < all.getLength(); i++) {
                Element docPr = (Element) all.item(i);
                if (!inside(docPr, holder)) useDrawingId(docPr.getAttribute("id"));
            }
        }
        for (int i = 0; i < own.getLength(); i++) {
            Element docPr = (Element) own.item(i);
            if (drawingIds.contains(docPr.getAttribute("id"))) docPr.setAttribute("id", Integer.toString(++maxDrawingId));
            useDrawingId(docPr.getAttribute("id"));
        }
    }

    private void useDrawingId(String id) {
        drawingIds.add(id);
        try {
            maxDrawingId = Math.max(maxDrawingId, Integer.parseInt(id));
        } catch (NumberFormatException ignored) {
            // not a number: renewed ids stay above the numeric ones
        }
    }

    private static boolean inside(Node n, Element scope) {
        for (Node a = n; a != null; a = a.getParentNode()) if (a == scope) return true;
        return false;
    }

    /** B's root declared the prefixes mc:Choice's Requires names; the copy in A carries only their uses. */
    private static void declareRequired(Element alternate) {
        for (Node c = alternate.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element choice) || !"Choice".equals(choice.getLocalName())) continue;
            for (String prefix : choice.getAttribute("Requires").trim().split("\\s+")) {
                if (prefix.isEmpty() || choice.lookupNamespaceURI(prefix) != null) continue;
                String uri = uriOf(choice, prefix);
                if (uri != null) choice.setAttributeNS(XMLNS, "xmlns:" + prefix, uri);
            }
        }
    }

    /** The namespace an element or attribute below {@code scope} binds {@code prefix} to, or null. */
    private static String uriOf(Element scope, String prefix) {
        org.w3c.dom.NodeList all = scope.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (prefix.equals(e.getPrefix())) return e.getNamespaceURI();
            org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
            for (int k = 0; k < attrs.getLength(); k++) {
                if (prefix.equals(attrs.item(k).getPrefix()) && !XMLNS.equals(attrs.item(k).getNamespaceURI())) return attrs.item(k).getNamespaceURI();
            }
        }
        return null;
    }

    /** Marks every copy of a box's content inserted or deleted (rows, runs, paragraph marks) and notes its paragraphs. */
    private void markWhole(TextBoxes.Box box, String kind) {
        for (Element copy : box.all()) {
            List<String> texts = new ArrayList<>();
            for (Element unit : BodyBlocks.units(copy)) {
                if (WordXml.is(unit, "tbl")) {
                    for (Element p : BodyBlocks.paragraphsIn(unit)) texts.add(ParagraphText.of(p, false).text());
                    for (Element tr : BodyBlocks.rows(unit)) edits.markRow(tr, kind);
                    continue;
                }
                texts.add(ParagraphText.of(unit, false).text());
                edits.wrapRuns(TrackedEdits.runsWithEquations(unit), kind);
                edits.markParagraph(unit, kind);
            }
            if (copy != box.shown()) continue;
            List<CompareChange> found = new ArrayList<>();
            for (String t : texts) found.add(new CompareChange(kind.equals("del") ? "paragraph-deletion" : "paragraph-insertion", t, -1));
            note(box, found);
        }
    }

    /** What is compared of a box: its paragraphs' texts as accepted and the pictures it shows. */
    private String key(Element box) {
        StringBuilder sb = new StringBuilder();
        for (Element p : BodyBlocks.paragraphsIn(box)) sb.append(ParagraphText.of(p, true).text()).append('\n');
        return pictures == null ? sb.toString() : sb + "\u0004" + pictures.identity(box);
    }

    private void note(TextBoxes.Box box, List<CompareChange> found) {
        byAnchor.computeIfAbsent(box.anchor(), k -> new ArrayList<>()).addAll(found);
    }

    /** The changes written, each indexed by its box's anchor paragraph in the output's body. */
    private List<CompareChange> changes() {
        Map<Element, Integer> index = new IdentityHashMap<>();
        List<Element> ps = BodyBlocks.paragraphs(da);
        for (int i = 0; i < ps.size(); i++) index.put(ps.get(i), i);
        List<CompareChange> out = new ArrayList<>();
        for (Map.Entry<Element, List<CompareChange>> e : byAnchor.entrySet()) {
            int at = index.getOrDefault(e.getKey(), -1);
            for (CompareChange c : e.getValue()) out.add(new CompareChange(c.type(), c.text(), at));
        }
        out.sort((x, y) -> Integer.compare(x.paragraph(), y.paragraph()));
        return out;
    }
}
