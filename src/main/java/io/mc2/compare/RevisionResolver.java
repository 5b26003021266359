package io.mc2.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Accepts or rejects tracked changes in a WordprocessingML DOM, the way Word does it: inserted
 * content is kept (accept) or removed (reject), deleted content the other way round, paragraph
 * marks that disappear join their paragraph to the next one in the same container, inserted or
 * deleted table rows and cells are kept or removed, and formatting changes keep the new
 * properties (accept) or restore the recorded old ones (reject).
 */
public final class RevisionResolver {

    /** What to do with the changes. */
    public enum Decision { ACCEPT, REJECT }

    /**
     * What resolving did.
     *
     * @param resolved how many change elements were resolved
     * @param joined   paragraphs removed by joining, each to the paragraph it joined (null when
     *                 its table row or cell was removed)
     */
    public record Outcome(int resolved, Map<Element, Element> joined) {
    }

    private static final Set<String> PROPERTY_CHANGES = Set.of("rPrChange", "pPrChange", "sectPrChange",
            "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "tblPrExChange", "numberingChange");

    private final Decision decision;
    private final List<Element> wrappers = new ArrayList<>();
    private final List<Element> marks = new ArrayList<>();
    private final List<Element> rowChanges = new ArrayList<>();
    private final List<Element> cellChanges = new ArrayList<>();
    private final List<Element> propertyChanges = new ArrayList<>();
    private final List<Element> markers = new ArrayList<>();

    private RevisionResolver(Decision decision) {
        this.decision = decision;
    }

    /** Resolves every tracked change in the body. */
    public static Outcome resolveBody(Document doc, Decision decision) {
        RevisionResolver r = new RevisionResolver(decision);
        r.scan(BodyBlocks.body(doc));
        return r.apply(BodyBlocks.paragraphs(doc));
    }

    /** Resolves every tracked change of another story part (footnotes, endnotes). */
    public static Outcome resolveStory(Document doc, Decision decision) {
        RevisionResolver r = new RevisionResolver(decision);
        r.scan(doc.getDocumentElement());
        List<Element> paragraphs = new ArrayList<>();
        org.w3c.dom.NodeList all = doc.getElementsByTagNameNS(WordXml.W, "p");
        for (int i = 0; i < all.getLength(); i++) paragraphs.add((Element) all.item(i));
        return r.apply(paragraphs);
    }

    /**
     * Resolves the changes of the selected paragraphs (their text, marks and properties) and of the
     * table rows, cells and tables whose paragraphs are all selected.
     *
     * @param all every body paragraph in order (to find the paragraph a vanishing mark joins)
     */
    public static Outcome resolve(List<Element> all, Set<Element> selected, Decision decision) {
        RevisionResolver r = new RevisionResolver(decision);
        Map<Element, Boolean> containers = new LinkedHashMap<>();
        for (Element p : all) {
            if (!selected.contains(p)) continue;
            r.scan(p);
            for (Node a = p.getParentNode(); a != null; a = a.getParentNode()) {
                if (WordXml.is(a, "tc") || WordXml.is(a, "tr") || WordXml.is(a, "tbl")) containers.putIfAbsent((Element) a, true);
            }
        }
        for (Element c : containers.keySet()) {
            if (!allSelected(c, selected)) continue;
            String part = switch (c.getLocalName()) {
                case "tc" -> "tcPr";
                case "tr" -> "trPr";
                default -> null;
            };
            if (part != null) {
                Element props = WordXml.child(c, part);
                if (props != null) r.scan(props);
            } else {
                Element tblPr = WordXml.child(c, "tblPr");
                Element grid = WordXml.child(c, "tblGrid");
                if (tblPr != null) r.scan(tblPr);
                if (grid != null) r.scan(grid);
            }
        }
        return r.apply(all);
    }

    private static boolean allSelected(Element container, Set<Element> selected) {
        org.w3c.dom.NodeList ps = container.getElementsByTagNameNS(container.getNamespaceURI(), "p");
        for (int i = 0; i < ps.getLength(); i++) if (!selected.contains((Element) ps.item(i))) return false;
        return true;
    }

    /** Collects the change elements under (and including) {@code e}, in document order. */
    private void scan(Element e) {
        if (WordXml.isW(e)) {
            String local = e.getLocalName();
            Node parent = e.getParentNode();
            if (WordXml.isTrackedWrapper(e)) {
                if (WordXml.is(parent, "rPr") && WordXml.is(parent.getParentNode(), "pPr")) marks.add(e);
                else if (WordXml.is(parent, "trPr")) rowChanges.add(e);
                else if (WordXml.is(parent, "rPr")) propertyChanges.add(e);
                else wrappers.add(e);
            } else if (local.equals("cellIns") || local.equals("cellDel") || local.equals("cellMerge")) {
                cellChanges.add(e);
            } else if (PROPERTY_CHANGES.contains(local)) {
                propertyChanges.add(e);
                return;
            } else if (local.endsWith("RangeStart") || local.endsWith("RangeEnd")) {
                if (local.startsWith("move") || local.startsWith("customXml")) markers.add(e);
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element x) scan(x);
    }

    private Outcome apply(List<Element> all) {
        boolean accept = decision == Decision.ACCEPT;
        int resolved = 0;
        Map<Element, Element> joined = new IdentityHashMap<>();
        for (Element c : rowChanges) {
            resolved++;
            boolean keep = c.getLocalName().equals("del") || c.getLocalName().equals("moveFrom") ? !accept : accept;
            Element tr = (Element) c.getParentNode().getParentNode();
            if (keep) {
                WordXml.remove(c);
            } else {
                removeRowOrCell(tr);
            }
        }
        for (Element c : cellChanges) {
            resolved++;
            Element tc = (Element) c.getParentNode().getParentNode();
            boolean remove = c.getLocalName().equals("cellIns") ? !accept : c.getLocalName().equals("cellDel") && accept;
            if (remove && attached(tc)) removeRowOrCell(tc);
            else WordXml.remove(c);
        }
        for (int i = wrappers.size() - 1; i >= 0; i--) {
            Element w = wrappers.get(i);
            if (!attached(w)) continue;
            resolved++;
            boolean added = w.getLocalName().equals("ins") || w.getLocalName().equals("moveTo");
            if (added == accept) {
                if (!accept) TrackedEdits.toText(w);
                WordXml.unwrap(w);
            } else {
                WordXml.remove(w);
            }
        }
        for (Element c : propertyChanges) {
            if (!attached(c)) continue;
            resolved++;
            if (accept || WordXml.isTrackedWrapper(c)) WordXml.remove(c);
            else restore(c);
        }
        for (Element m : markers) WordXml.remove(m);
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) index.put(all.get(i), i);
        for (Element c : marks) {
            Element p = (Element) c.getParentNode().getParentNode().getParentNode();
            if (!attached(p)) continue;
            resolved++;
            boolean added = c.getLocalName().equals("ins") || c.getLocalName().equals("moveTo");
            WordXml.remove(c);
            if (added == accept) continue;
            Integer i = index.get(p);
            Element next = i == null ? null : nextInContainer(all, i);
            if (next == null) continue;
            join(p, next);
            joined.put(p, next);
        }
        for (Element p : all) {
            if (!attached(p) && !joined.containsKey(p)) joined.put(p, null);
        }
        // a paragraph joined into one that was later joined on points to the last
        for (Map.Entry<Element, Element> e : joined.entrySet()) {
            Element to = e.getValue();
            while (to != null && joined.containsKey(to)) to = joined.get(to);
            e.setValue(to);
        }
        return new Outcome(resolved, joined);
    }

    private static Element nextInContainer(List<Element> all, int i) {
        Element p = all.get(i);
        Element cell = WordXml.cellOf(p);
        for (int j = i + 1; j < all.size(); j++) {
            Element q = all.get(j);
            if (!attached(q)) continue;
            return WordXml.cellOf(q) == cell ? q : null;
        }
        return null;
    }

    /**
     * Moves p's content to the start of q and removes p; q keeps its own paragraph properties. A
     * bookmark starting in a p left without text goes with it, as in Word: its text is gone, and
     * on q it would name the wrong paragraph (a deleted clause's anchor on the next heading).
     */
    static void join(Element p, Element q) {
        if (p.getTextContent().isBlank()) dropBookmarks(p);
        Element qpPr = WordXml.child(q, "pPr");
        Node before = qpPr == null ? q.getFirstChild() : qpPr.getNextSibling();
        for (Element c : WordXml.elements(p)) {
            if (WordXml.is(c, "pPr")) continue;
            q.insertBefore(c, before);
        }
        WordXml.remove(p);
    }

    private static void dropBookmarks(Element p) {
        List<Element> starts = new ArrayList<>();
        org.w3c.dom.NodeList l = p.getElementsByTagNameNS(p.getNamespaceURI(), "bookmarkStart");
        for (int i = 0; i < l.getLength(); i++) starts.add((Element) l.item(i));
        if (starts.isEmpty()) return;
        org.w3c.dom.NodeList ends = p.getOwnerDocument().getElementsByTagNameNS(p.getNamespaceURI(), "bookmarkEnd");
        List<Element> matching = new ArrayList<>();
        for (Element start : starts) {
            String id = WordXml.attr(start, "id");
            for (int i = 0; i < ends.getLength(); i++) {
                if (id != null && id.equals(WordXml.attr((Element) ends.item(i), "id"))) matching.add((Element) ends.item(i));
            }
        }
        starts.forEach(WordXml::remove);
        matching.forEach(WordXml::remove);
    }

    private static void removeRowOrCell(Element e) {
        Node table = e.getParentNode();
        WordXml.remove(e);
        if (WordXml.is(table, "tbl") && BodyBlocks.rows((Element) table).isEmpty()) WordXml.remove(table);
    }

    /** Rejects a formatting change: the recorded old properties replace the current ones. */
    private static void restore(Element change) {
        Element props = (Element) change.getParentNode();
        Element old = null;
        for (Element c : WordXml.elements(change)) {
            old = c;
            break;
        }
        Set<String> keep = switch (change.getLocalName()) {
            case "pPrChange" -> Set.of("rPr", "sectPr");
            case "rPrChange" -> Set.of("ins", "del", "moveFrom", "moveTo");
            case "trPrChange" -> Set.of("ins", "del");
            case "tcPrChange" -> Set.of("cellIns", "cellDel", "cellMerge");
            case "sectPrChange", "numberingChange" -> null;
            default -> Set.of();
        };
        WordXml.remove(change);
        if (keep == null || old == null) return;
        for (Element c : WordXml.elements(props)) if (!keep.contains(c.getLocalName())) WordXml.remove(c);
        Node first = props.getFirstChild();
        if (change.getLocalName().equals("rPrChange")) first = null;
        for (Element c : WordXml.elements(old)) props.insertBefore(c, first);
    }

    static boolean attached(Node n) {
        for (Node a = n; a != null; a = a.getParentNode()) if (a instanceof Document) return true;
        return false;
    }
}
