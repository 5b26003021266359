package io.mc2.app;

import io.mc2.compare.BodyBlocks;
import io.mc2.compare.WordXml;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Seeded supplier edits on a draft's document.xml, written as a word processor writes them:
 * tracked value replacements (w:del + w:ins), clause deletions (runs and marks deleted), clause
 * moves (deleted here, inserted there), inserted paragraphs, Key Terms Schedule edits, and the
 * same edits made silently (no tracked change at all). {@link #log()} says what was done.
 */
final class SupplierEdits {
    static final String AUTHOR = "Supplier Counsel";
    private static final String[] DAYS = {"forty-five (45) days", "sixty (60) days", "one hundred twenty (120) days", "ten (10) days",
            "fifteen (15) days"};
    private static final Pattern A_DURATION = Pattern.compile("[a-z -]+ \\(\\d+\\) days");

    private final Document doc;
    private final Random random;
    private final List<String> log = new ArrayList<>();
    private int id = 90000;

    SupplierEdits(String documentXml, long seed) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            this.doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(documentXml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.random = new Random(seed);
    }

    /** Applies {@code n} edits drawn from every kind. */
    SupplierEdits random(int n) {
        return edits(n, new int[] {0, 1, 2, 3, 4, 5, 6, 7});
    }

    /** Applies {@code n} edits that change text, never a whole clause (no deletion, no move). */
    SupplierEdits textual(int n) {
        return edits(n, new int[] {0, 1, 2, 3, 6, 7});
    }

    private SupplierEdits edits(int n, int[] kinds) {
        for (int k = 0; k < n; k++) {
            switch (kinds[random.nextInt(kinds.length)]) {
                case 0, 1 -> replaceValue("mc2Body", true);
                case 2 -> replaceValue("mc2Body", false);
                case 3 -> replaceValue("mc2TableText", random.nextBoolean());
                case 4 -> deleteClause();
                case 5 -> moveClause();
                case 6 -> insertParagraph();
                default -> insertBeforeTitle();
            }
        }
        return this;
    }

    List<String> log() {
        return log;
    }

    String xml() {
        try {
            StringWriter w = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A duration value run in a paragraph of the style, replaced by another duration. */
    void replaceValue(String style, boolean tracked) {
        List<Element> runs = new ArrayList<>();
        for (Element p : paragraphs()) {
            if (!style.equals(style(p)) || WordXml.markChange(p) != null) continue;
            for (Element r : direct(p, "r")) if (A_DURATION.matcher(r.getTextContent()).matches()) runs.add(r);
        }
        if (runs.isEmpty()) return;
        Element run = runs.get(random.nextInt(runs.size()));
        String was = run.getTextContent();
        String now = DAYS[random.nextInt(DAYS.length)];
        if (now.equals(was)) return;
        log.add((tracked ? "replace " : "silently replace ") + "'" + was + "' with '" + now + "' in a " + style + " paragraph");
        if (!tracked) {
            WordXml.child(run, "t").setTextContent(now);
            return;
        }
        Element ins = change("ins");
        Element copy = (Element) run.cloneNode(true);
        WordXml.child(copy, "t").setTextContent(now);
        ins.appendChild(copy);
        Element del = change("del");
        run.getParentNode().insertBefore(del, run);
        del.appendChild(run);
        toDeleted(run);
        WordXml.insertAfter(ins, del);
    }

    /** A clause's heading and body paragraphs deleted, text and marks. */
    void deleteClause() {
        List<Element> clause = clause();
        if (clause.isEmpty()) return;
        log.add("delete clause '" + clause.get(0).getTextContent() + "'");
        for (Element p : clause) delete(p);
    }

    /** A clause deleted here and inserted after another clause (a move as a deletion and an insertion). */
    void moveClause() {
        List<Element> clause = clause();
        List<Element> other = clause();
        if (clause.isEmpty() || other.isEmpty() || other.get(0) == clause.get(0) || other.contains(clause.get(0))) return;
        log.add("move clause '" + clause.get(0).getTextContent() + "' before '" + other.get(0).getTextContent() + "'");
        // before the other clause's block (its content control), as a paste at its heading would go
        Node before = other.get(0);
        while (!WordXml.is(before.getParentNode(), "body")) before = before.getParentNode();
        for (Element p : clause) {
            Element copy = (Element) p.cloneNode(true);
            List<Element> runs = new ArrayList<>();
            collectRuns(copy, runs);
            for (Element r : runs) {
                Element ins = change("ins");
                r.getParentNode().insertBefore(ins, r);
                ins.appendChild(r);
            }
            // the heading's bookmark goes with the text, as Word moves it
            for (Element b : List.copyOf(byName(p, "bookmarkStart"))) WordXml.remove(b);
            mark(copy, "ins");
            before.getParentNode().insertBefore(copy, before);
            delete(p);
        }
    }

    /** A new sentence after a body paragraph, as a tracked insertion. */
    void insertParagraph() {
        List<Element> body = paragraphs().stream().filter(p -> "mc2Body".equals(style(p)) && WordXml.markChange(p) == null).toList();
        if (body.isEmpty()) return;
        Element at = body.get(random.nextInt(body.size()));
        Element p = paragraph("mc2Body", "Manufacturer may rely on its own security assessment in all cases.");
        Element ins = change("ins");
        ins.appendChild(WordXml.child(p, "r"));
        p.appendChild(ins);
        mark(p, "ins");
        WordXml.insertAfter(p, at);
        log.add("insert a paragraph after '" + at.getTextContent().substring(0, Math.min(40, at.getTextContent().length())) + "'");
    }

    /** A paragraph typed above the title without tracking. */
    void insertBeforeTitle() {
        Element title = paragraphs().stream().filter(p -> "Title".equals(style(p))).findFirst().orElse(null);
        if (title == null || title.getPreviousSibling() instanceof Element e && WordXml.is(e, "p") && style(e) == null) return;
        title.getParentNode().insertBefore(paragraph(null, "SUPPLIER DRAFT FOR DISCUSSION"), title);
        log.add("silently insert a paragraph before the title");
    }

    private List<Element> clause() {
        List<Element> all = paragraphs();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if ("Heading2".equals(style(all.get(i))) && WordXml.markChange(all.get(i)) == null) headings.add(i);
        if (headings.isEmpty()) return List.of();
        int h = headings.get(random.nextInt(headings.size()));
        List<Element> out = new ArrayList<>(List.of(all.get(h)));
        for (int i = h + 1; i < all.size() && !String.valueOf(style(all.get(i))).startsWith("Heading") && WordXml.cellOf(all.get(i)) == null; i++) {
            if (WordXml.markChange(all.get(i)) != null) return List.of();
            out.add(all.get(i));
        }
        return out;
    }

    private void delete(Element p) {
        List<Element> runs = new ArrayList<>();
        collectRuns(p, runs);
        for (Element r : runs) {
            if (isInside(r, "del")) continue;
            Element del = change("del");
            r.getParentNode().insertBefore(del, r);
            del.appendChild(r);
            toDeleted(r);
        }
        mark(p, "del");
    }

    private static List<Element> byName(Element e, String local) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList l = e.getElementsByTagNameNS(WordXml.W, local);
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    private static void collectRuns(Element e, List<Element> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element x) || WordXml.is(x, "pPr")) continue;
            if (WordXml.is(x, "r")) out.add(x);
            else collectRuns(x, out);
        }
    }

    private static boolean isInside(Element e, String local) {
        for (Node a = e.getParentNode(); a != null; a = a.getParentNode()) if (WordXml.is(a, local)) return true;
        return false;
    }

    private static void toDeleted(Element run) {
        for (Element c : WordXml.elements(run)) {
            if (WordXml.is(c, "t")) doc(c).renameNode(c, c.getNamespaceURI(), "w:delText");
            else if (WordXml.is(c, "instrText")) doc(c).renameNode(c, c.getNamespaceURI(), "w:delInstrText");
        }
    }

    private static Document doc(Node n) {
        return n.getOwnerDocument();
    }

    private void mark(Element p, String kind) {
        Element rPr = WordXml.markProperties(p);
        rPr.insertBefore(change(kind), rPr.getFirstChild());
    }

    private Element change(String kind) {
        Element e = WordXml.create(doc, kind);
        WordXml.set(e, "id", Integer.toString(id++));
        WordXml.set(e, "author", AUTHOR);
        WordXml.set(e, "date", "2026-12-05T10:00:00Z");
        return e;
    }

    private Element paragraph(String style, String text) {
        Element p = WordXml.create(doc, "p");
        if (style != null) {
            Element pStyle = WordXml.create(doc, "pStyle");
            WordXml.set(pStyle, "val", style);
            WordXml.paragraphProperties(p).appendChild(pStyle);
        }
        Element r = WordXml.create(doc, "r");
        Element t = WordXml.create(doc, "t");
        t.setTextContent(text);
        r.appendChild(t);
        p.appendChild(r);
        return p;
    }

    private List<Element> paragraphs() {
        return BodyBlocks.paragraphs(doc);
    }

    private static String style(Element p) {
        Element pPr = WordXml.child(p, "pPr");
        Element s = pPr == null ? null : WordXml.child(pPr, "pStyle");
        return s == null ? null : WordXml.attr(s, "val");
    }

    private static List<Element> direct(Element p, String local) {
        List<Element> out = new ArrayList<>();
        for (Element c : WordXml.elements(p)) if (WordXml.is(c, local)) out.add(c);
        return out;
    }
}
