package io.mc2.compare;

import io.mc2.diff.Edit;
import io.mc2.diff.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes tracked changes by one author into a WordprocessingML DOM: insertions and deletions of
 * runs, paragraph-mark changes, moves with their range markers, table-row changes and run
 * formatting changes. Revision ids come from a counter shared by every author writing into the
 * same document, started above every w:id already there.
 */
public final class TrackedEdits {

    /** Makes the runs for inserted text: {@code text} is the inserted piece; {@code from} where it starts in the new text. */
    @FunctionalInterface
    public interface InsertedRuns {
        List<Element> runs(int from, String text);
    }

    private final Document doc;
    private final AtomicInteger ids;
    private final String author;
    private final String date;

    public TrackedEdits(Document doc, AtomicInteger ids, String author, String date) {
        this.doc = doc;
        this.ids = ids;
        this.author = author;
        this.date = date;
    }

    /** A counter starting above the largest numeric w:id in the document. */
    public static AtomicInteger idsAbove(Document doc) {
        return new AtomicInteger(largestId(doc.getDocumentElement(), 0) + 1);
    }

    private static int largestId(Element e, int max) {
        // the attributes are looked through once: three namespace lookups per element cost more on a long part
        org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
        for (int i = 0, n = attrs.getLength(); i < n; i++) {
            org.w3c.dom.Node a = attrs.item(i);
            if (!"id".equals(a.getLocalName())) continue;
            String ns = a.getNamespaceURI();
            if (ns != null && !ns.equals(WordXml.W) && !ns.equals(WordXml.W_STRICT)) continue;
            String id = a.getNodeValue();
            if (id.isEmpty() || id.length() > 9) continue;
            try {
                max = Math.max(max, Integer.parseInt(id));
            } catch (NumberFormatException ignored) {
                // not a number: not in the revision id space
            }
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) max = largestId(child, max);
        }
        return max;
    }

    public Document document() {
        return doc;
    }

    /** A new change element (ins, del, moveFrom, moveTo, cellIns ...) with id, author and date. */
    public Element change(String local) {
        Element e = WordXml.create(doc, local);
        WordXml.set(e, "id", Integer.toString(ids.getAndIncrement()));
        WordXml.set(e, "author", author);
        if (date != null) WordXml.set(e, "date", date);
        return e;
    }

    // ---- runs

    /**
     * Wraps runs in change elements of one kind, one wrapper per stretch of adjacent sibling runs.
     * Deleted runs get w:delText / w:delInstrText.
     */
    public void wrapRuns(List<Element> runs, String kind) {
        boolean removal = kind.equals("del") || kind.equals("moveFrom");
        Element wrapper = null;
        for (Element r : runs) {
            if (removal) toDeletedText(r);
            if (wrapper != null && wrapper.getParentNode() == r.getParentNode() && wrapper.getNextSibling() == r) {
                wrapper.appendChild(r);
                continue;
            }
            wrapper = change(kind);
            r.getParentNode().insertBefore(wrapper, r);
            wrapper.appendChild(r);
        }
    }

    private static void toDeletedText(Element run) {
        for (Element c : WordXml.elements(run)) {
            if (WordXml.is(c, "t")) rename(c, "delText");
            else if (WordXml.is(c, "instrText")) rename(c, "delInstrText");
        }
    }

    /** Turns deleted text back into text (w:delText to w:t) in a subtree. */
    public static void toText(Element scope) {
        List<Element> found = new ArrayList<>();
        collect(scope, found);
        for (Element e : found) {
            if (WordXml.is(e, "delText")) rename(e, "t");
            else if (WordXml.is(e, "delInstrText")) rename(e, "instrText");
        }
    }

    private static void collect(Element e, List<Element> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x) {
                if (WordXml.is(x, "delText") || WordXml.is(x, "delInstrText")) out.add(x);
                else collect(x, out);
            }
        }
    }

    private static Element rename(Element e, String local) {
        return (Element) e.getOwnerDocument().renameNode(e, e.getNamespaceURI(), "w:" + local);
    }

    /** The inline runs of a paragraph (or row, cell, table): runs inside runs (text boxes) are left alone. */
    public static List<Element> runs(Element scope) {
        List<Element> out = new ArrayList<>();
        runs(scope, out, false);
        return out;
    }

    /** The runs as {@link #runs} finds them and, in document order among them, the runs (m:r) of equations. */
    static List<Element> runsWithEquations(Element scope) {
        List<Element> out = new ArrayList<>();
        runs(scope, out, true);
        return out;
    }

    private static void runs(Element e, List<Element> out, boolean math) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element x)) continue;
            boolean equation = math && Equations.isMath(x);
            if (WordXml.is(x, "r") || equation && "r".equals(x.getLocalName())) {
                out.add(x);
            } else if (equation ? !x.getLocalName().endsWith("Pr")
                    : WordXml.isW(x) && !WordXml.is(x, "pPr") && !WordXml.is(x, "rPr") && !WordXml.is(x, "trPr")
                    && !WordXml.is(x, "tcPr") && !WordXml.is(x, "tblPr") && !WordXml.is(x, "sdtPr")) {
                runs(x, out, math);
            }
        }
    }

    /** The element to place new content next to: the run itself, or the change wrappers around it. */
    static Node climb(Node n) {
        while (n.getParentNode() != null && WordXml.isTrackedWrapper(n.getParentNode())) n = n.getParentNode();
        return n;
    }

    /**
     * Rewrites a paragraph by a word diff of its text: DELETE pieces become deletions of the runs
     * holding them (split where needed, formatting kept), INSERT pieces new runs from {@code inserted}.
     * The EQUAL and DELETE pieces must spell the paragraph's text as mapped with {@code acceptedOnly}.
     *
     * @return the text mapping after the rewrite's splits (before the insertions)
     */
    public ParagraphText rewrite(Element p, boolean acceptedOnly, List<WordDiff.Piece> pieces, InsertedRuns inserted) {
        ParagraphText pt = ParagraphText.of(p, acceptedOnly);
        List<Integer> cuts = new ArrayList<>();
        int a = 0;
        for (WordDiff.Piece piece : pieces) {
            int len = piece.text().length();
            switch (piece.op()) {
                case EQUAL -> a += len;
                case DELETE -> {
                    cuts.add(a);
                    cuts.add(a + len);
                    a += len;
                }
                case INSERT -> cuts.add(a);
            }
        }
        if (a != pt.length()) {
            throw new IllegalStateException("diff does not spell the paragraph's text (" + a + " vs " + pt.length() + ")");
        }
        pt = pt.splitAt(cuts.stream().mapToInt(Integer::intValue).toArray());
        a = 0;
        int b = 0;
        for (WordDiff.Piece piece : pieces) {
            int len = piece.text().length();
            if (piece.op() == Edit.Op.EQUAL) {
                a += len;
                b += len;
            } else if (piece.op() == Edit.Op.DELETE) {
                wrapRuns(pt.runsIn(a, a + len), "del");
                a += len;
            } else {
                Element ins = change("ins");
                for (Element r : inserted.runs(b, piece.text())) ins.appendChild(r);
                place(p, pt, a, ins);
                b += len;
            }
        }
        return pt;
    }

    /** Puts inline content at a text offset: after the run of the character before it, or before the first. */
    static void place(Element p, ParagraphText pt, int offset, Node content) {
        if (offset > 0) {
            WordXml.insertAfter(content, climb(pt.runAt(offset - 1)));
        } else if (pt.length() > 0) {
            Node first = climb(pt.runAt(0));
            first.getParentNode().insertBefore(content, first);
        } else {
            p.appendChild(content);
        }
    }

    /**
     * Runs spelling {@code text} with a copy of {@code rPr} (an element of {@code doc}, or null for
     * none): tabs and line breaks as elements.
     */
    public static List<Element> textRuns(Document doc, Element rPr, String text) {
        List<Element> out = new ArrayList<>();
        Element run = WordXml.create(doc, "r");
        if (rPr != null) run.appendChild(cleanRunProperties((Element) rPr.cloneNode(true)));
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                flushText(doc, run, pending);
                run.appendChild(WordXml.create(doc, c == '\t' ? "tab" : "br"));
            } else {
                pending.append(c);
            }
        }
        flushText(doc, run, pending);
        out.add(run);
        return out;
    }

    private static void flushText(Document doc, Element run, StringBuilder pending) {
        if (pending.length() == 0) return;
        Element t = WordXml.create(doc, "t");
        ParagraphText.preserveSpace(t);
        t.setTextContent(pending.toString());
        run.appendChild(t);
        pending.setLength(0);
    }

    /** Run properties without tracked formatting or paragraph-mark changes. */
    static Element cleanRunProperties(Element rPr) {
        for (Element c : WordXml.elements(rPr)) {
            if (WordXml.is(c, "rPrChange") || WordXml.isTrackedWrapper(c)) WordXml.remove(c);
        }
        return rPr;
    }

    /** The run properties a paragraph mark carries, usable for new runs (null when none). */
    public static Element markRunProperties(Element p) {
        Element pPr = WordXml.child(p, "pPr");
        Element rPr = pPr == null ? null : WordXml.child(pPr, "rPr");
        return rPr == null ? null : cleanRunProperties((Element) rPr.cloneNode(true));
    }

    // ---- paragraph marks

    /** Sets the paragraph mark's change (ins, del, moveFrom, moveTo) or, with null, removes it. */
    public void markParagraph(Element p, String kind) {
        Element old = WordXml.markChange(p);
        if (old != null) WordXml.remove(old);
        if (kind == null) return;
        Element rPr = WordXml.markProperties(p);
        rPr.insertBefore(change(kind), rPr.getFirstChild());
    }

    /** Puts move range markers around the paragraph's content (one range per paragraph). */
    public void moveRange(Element p, String kind, String name) {
        Element start = change(kind + "RangeStart");
        WordXml.set(start, "name", name);
        Element end = WordXml.create(doc, kind + "RangeEnd");
        WordXml.set(end, "id", WordXml.attr(start, "id"));
        Element pPr = WordXml.child(p, "pPr");
        p.insertBefore(start, pPr == null ? p.getFirstChild() : pPr.getNextSibling());
        p.appendChild(end);
    }

    // ---- tables

    /** Marks a table row inserted or deleted (trPr/ins or trPr/del) and wraps its runs the same way. */
    public void markRow(Element tr, String kind) {
        Element trPr = WordXml.child(tr, "trPr");
        if (trPr == null) {
            trPr = WordXml.create(doc, "trPr");
            Element tblPrEx = WordXml.child(tr, "tblPrEx");
            tr.insertBefore(trPr, tblPrEx == null ? tr.getFirstChild() : tblPrEx.getNextSibling());
        }
        Element trPrChange = WordXml.child(trPr, "trPrChange");
        trPr.insertBefore(change(kind), trPrChange);
        wrapRuns(runsWithEquations(tr), kind);
    }

    // ---- formatting

    /** Gives a run new properties (an element of this document, copied) and records the old ones in w:rPrChange. */
    public void changeRunProperties(Element run, Element newRPr) {
        Element old = WordXml.child(run, "rPr");
        Element next = newRPr == null ? WordXml.create(doc, "rPr") : cleanRunProperties((Element) newRPr.cloneNode(true));
        Element change = change("rPrChange");
        Element oldCopy = WordXml.create(doc, "rPr");
        if (old != null) {
            for (Element c : WordXml.elements(old)) if (!WordXml.is(c, "rPrChange")) oldCopy.appendChild(c.cloneNode(true));
            run.removeChild(old);
        }
        change.appendChild(oldCopy);
        next.appendChild(change);
        run.insertBefore(next, run.getFirstChild());
    }

    /** Properties of a run as comparable text: children and attributes, revision-save ids left out. */
    public static String canonical(Element rPr) {
        if (rPr == null) return "";
        StringBuilder sb = new StringBuilder();
        for (Element c : WordXml.elements(rPr)) {
            if (WordXml.is(c, "rPrChange") || WordXml.isTrackedWrapper(c)) continue;
            sb.append('<').append(c.getLocalName());
            org.w3c.dom.NamedNodeMap attrs = c.getAttributes();
            List<String> list = new ArrayList<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                org.w3c.dom.Node at = attrs.item(i);
                String local = at.getLocalName() == null ? at.getNodeName() : at.getLocalName();
                if (local.startsWith("rsid") || at.getNodeName().startsWith("xmlns")) continue;
                list.add(local + "=" + at.getNodeValue());
            }
            list.sort(null);
            sb.append(list).append('>');
        }
        return sb.toString();
    }
}
