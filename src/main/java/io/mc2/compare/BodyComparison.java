package io.mc2.compare;

import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import io.mc2.diff.WordDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns A's body into B's with tracked changes, in place in A's DOM. Each container (the body,
 * each table cell) is aligned by a sequence diff over its paragraphs' and tables' texts; within a
 * changed stretch, paragraphs (and tables) are paired in order by word similarity; paired
 * paragraphs get a word diff, paired tables a row diff and then a cell-by-cell comparison.
 */
final class BodyComparison {

    /** Paragraphs at least this similar are compared word by word rather than deleted and inserted. */
    static final double PARAGRAPH_PAIRING = 0.5;
    /** Rows at least this similar (and with as many cells) are compared cell by cell. */
    static final double ROW_PAIRING = 0.4;
    /** How many candidates ahead pairing looks at, which keeps large rewrites linear. */
    static final int PAIRING_WINDOW = 8;
    /** Shorter paragraphs are never reported as moved (a repeated "Yes." is not a move). */
    static final int MOVE_MIN_CHARS = 20;

    enum Kind { KEPT, PAIRED, REPLACED, DELETED, INSERTED, MOVED_FROM, MOVED_TO }

    /** One step of the output of a container. */
    static final class Item {
        Kind kind;
        final Element a;
        final Element b;
        String mark;
        Item partner;
        String moveName;

        Item(Kind kind, Element a, Element b) {
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.mark = switch (kind) {
                case DELETED -> "del";
                case INSERTED -> "ins";
                case MOVED_FROM -> "moveFrom";
                case MOVED_TO -> "moveTo";
                default -> null;
            };
        }

        boolean table() {
            return WordXml.is(a != null ? a : b, "tbl");
        }

        boolean keepsMark() {
            return kind == Kind.KEPT || kind == Kind.PAIRED || kind == Kind.REPLACED;
        }

        void become(Kind k) {
            kind = k;
            mark = k == Kind.DELETED ? "del" : k == Kind.INSERTED ? "ins" : mark;
        }
    }

    private record Pending(String type, String text, Element paragraph) {
    }

    private final Document aDoc;
    private final TrackedEdits edits;
    private final CompareOptions options;
    private final Map<Element, ParagraphText> texts = new IdentityHashMap<>();
    private final Map<Element, String> tableTexts = new IdentityHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private int moves;

    BodyComparison(Document aDoc, CompareOptions options) {
        this(aDoc, options, TrackedEdits.idsAbove(aDoc), null, true);
    }

    /**
     * A comparison of one story, numbering its changes from {@code ids}.
     *
     * @param pictures  the story's pictures in A and B, to compare and carry them; null: pictures are
     *                  neither compared nor carried (neither document has any)
     * @param equations whether A or B may hold equations (when neither does, none is looked for)
     */
    BodyComparison(Document aDoc, CompareOptions options, java.util.concurrent.atomic.AtomicInteger ids, Pictures pictures,
                   boolean equations) {
        this.aDoc = aDoc;
        this.options = options;
        this.edits = new TrackedEdits(aDoc, ids, options.author(), options.date());
        this.pictures = pictures;
        this.equations = equations;
    }

    private final Pictures pictures;
    private final boolean equations;

    /** Compares the bodies; returns the changes written, in document order. */
    List<CompareChange> compare(Element aBody, Element bBody) {
        List<Item> items = equationsAsUnits(align(BodyBlocks.units(aBody), BodyBlocks.units(bBody)));
        if (options.moves()) findMoves(items);
        fixContainerEnds(items);
        apply(items, aBody, BodyBlocks.units(aBody));
        ContentControlEdges.lift(aBody);
        Map<Element, Integer> index = new IdentityHashMap<>();
        // a note's changes index no body paragraph
        List<Element> ps = WordXml.child(aDoc.getDocumentElement(), "body") == null ? List.of() : BodyBlocks.paragraphs(aDoc);
        for (int i = 0; i < ps.size(); i++) index.put(ps.get(i), i);
        List<CompareChange> out = new ArrayList<>(pending.size());
        for (Pending p : pending) out.add(new CompareChange(p.type(), p.text(), index.getOrDefault(p.paragraph(), -1)));
        out.sort((x, y) -> Integer.compare(x.paragraph(), y.paragraph()));
        return out;
    }

    // ---- alignment

    private ParagraphText text(Element p) {
        return texts.computeIfAbsent(p, e -> ParagraphText.of(e, false));
    }

    private String key(Element unit) {
        String whole = wholes(unit);
        return (WordXml.is(unit, "tbl") ? "t\u0000" + tableText(unit) : "p\u0000" + text(unit).text())
                + (whole.isEmpty() ? "" : "\u0003" + whole);
    }

    /**
     * What the word diff does not see and compares only whole: the unit's equations and pictures
     * (asked for each unit when aligning, pairing and finding moves: read once).
     */
    private String wholes(Element unit) {
        return wholes.computeIfAbsent(unit, u -> {
            String math = equations ? Equations.text(u) : "";
            String seen = pictures == null ? "" : pictures.identity(u);
            return seen.isEmpty() ? math : math + "\u0004" + seen;
        });
    }

    private final Map<Element, String> wholes = new IdentityHashMap<>();

    /**
     * A paired paragraph whose equations or pictures differ is written as A's deleted and B's
     * inserted: the word diff does not reach inside an equation or a picture, so each is changed
     * only as a whole.
     */
    private List<Item> equationsAsUnits(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            boolean paired = it.kind == Kind.PAIRED || it.kind == Kind.REPLACED;
            if (paired && !it.table() && !wholes(it.a).equals(wholes(it.b))) {
                out.add(new Item(Kind.DELETED, it.a, null));
                out.add(new Item(Kind.INSERTED, null, it.b));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    private String tableText(Element tbl) {
        String cached = tableTexts.get(tbl);
        if (cached != null) return cached;
        StringBuilder sb = new StringBuilder();
        for (Element tr : BodyBlocks.rows(tbl)) sb.append(rowText(tr)).append('\u0002');
        tableTexts.put(tbl, sb.toString());
        return sb.toString();
    }

    private String rowText(Element tr) {
        StringBuilder sb = new StringBuilder();
        for (Element tc : BodyBlocks.cells(tr)) {
            for (Element p : BodyBlocks.paragraphsIn(tc)) sb.append(text(p).text()).append('\n');
            sb.append('\u0001');
        }
        return sb.toString();
    }

    private double similarity(Element a, Element b) {
        boolean ta = WordXml.is(a, "tbl");
        if (ta != WordXml.is(b, "tbl")) return 0;
        return ta ? tableSimilarity(a, b) : WordDiff.similarity(text(a).text(), text(b).text());
    }

    /** Share of rows the two tables have in common (a word diff of whole tables would be too costly). */
    private double tableSimilarity(Element a, Element b) {
        Map<String, Integer> counts = new HashMap<>();
        List<Element> ra = BodyBlocks.rows(a);
        List<Element> rb = BodyBlocks.rows(b);
        if (ra.isEmpty() && rb.isEmpty()) return 1.0;
        for (Element tr : ra) counts.merge(rowText(tr), 1, Integer::sum);
        int common = 0;
        for (Element tr : rb) {
            Integer n = counts.get(rowText(tr));
            if (n != null && n > 0) {
                common++;
                counts.put(rowText(tr), n - 1);
            }
        }
        return 2.0 * common / (ra.size() + rb.size());
    }

    List<Item> align(List<Element> a, List<Element> b) {
        List<String> ka = new ArrayList<>(a.size());
        List<String> kb = new ArrayList<>(b.size());
        for (Element e : a) ka.add(key(e));
        for (Element e : b) kb.add(key(e));
        List<Edit> script = SequenceDiff.diff(ka, kb);
        List<Item> items = new ArrayList<>(Math.max(a.size(), b.size()));
        for (int i = 0; i < script.size(); i++) {
            Edit e = script.get(i);
            switch (e.op()) {
                case EQUAL -> {
                    for (int k = 0; k < e.aEnd() - e.aStart(); k++) {
                        items.add(new Item(Kind.KEPT, a.get(e.aStart() + k), b.get(e.bStart() + k)));
                    }
                }
                case DELETE -> {
                    List<Element> dels = a.subList(e.aStart(), e.aEnd());
                    List<Element> ins = List.of();
                    if (i + 1 < script.size() && script.get(i + 1).op() == Edit.Op.INSERT) {
                        Edit n = script.get(++i);
                        ins = b.subList(n.bStart(), n.bEnd());
                    }
                    pairBlock(dels, ins, items, (x, y) -> {
                        double sim = similarity(x, y);
                        return sim >= pairing(x) ? sim : -1;
                    });
                }
                case INSERT -> pairBlock(List.of(), b.subList(e.bStart(), e.bEnd()), items, (x, y) -> -1);
            }
        }
        return items;
    }

    private static double pairing(Element unit) {
        return WordXml.is(unit, "tbl") ? 0.3 : PARAGRAPH_PAIRING;
    }

    /** How well two units pair: a score, or a negative number when they must not be paired. */
    interface Pairable {
        double score(Element a, Element b);
    }

    /** Pairs deletions with insertions in order (each with the most similar candidate in a window ahead). */
    private void pairBlock(List<Element> dels, List<Element> ins, List<Item> out, Pairable ok) {
        int ai = 0;
        int bi = 0;
        int j0 = 0;
        for (int i = 0; i < dels.size(); i++) {
            int best = -1;
            double bestSim = -1;
            for (int j = j0; j < ins.size() && j < j0 + PAIRING_WINDOW; j++) {
                double s = ok.score(dels.get(i), ins.get(j));
                if (s >= 0 && s > bestSim) {
                    bestSim = s;
                    best = j;
                }
            }
            if (best < 0) continue;
            while (ai < i) out.add(new Item(Kind.DELETED, dels.get(ai++), null));
            while (bi < best) out.add(new Item(Kind.INSERTED, null, ins.get(bi++)));
            out.add(new Item(Kind.PAIRED, dels.get(i), ins.get(best)));
            ai = i + 1;
            bi = best + 1;
            j0 = best + 1;
        }
        while (ai < dels.size()) out.add(new Item(Kind.DELETED, dels.get(ai++), null));
        while (bi < ins.size()) out.add(new Item(Kind.INSERTED, null, ins.get(bi++)));
    }

    /** A paragraph deleted in one place and inserted with the same text in another is a move. */
    private void findMoves(List<Item> items) {
        Map<String, List<Item>> deleted = new HashMap<>();
        for (Item it : items) {
            if (it.kind != Kind.DELETED || it.table()) continue;
            String t = text(it.a).text();
            if (t.strip().length() < MOVE_MIN_CHARS) continue;
            // a move carries the same content: the same text, equations and pictures
            deleted.computeIfAbsent(t + "\u0003" + wholes(it.a), k -> new ArrayList<>()).add(it);
        }
        if (deleted.isEmpty()) return;
        for (Item it : items) {
            if (it.kind != Kind.INSERTED || it.table()) continue;
            List<Item> candidates = deleted.get(text(it.b).text() + "\u0003" + wholes(it.b));
            if (candidates == null || candidates.isEmpty()) continue;
            Item from = candidates.remove(0);
            String name = "mc2Move" + (++moves);
            from.kind = Kind.MOVED_FROM;
            from.mark = "moveFrom";
            from.moveName = name;
            it.kind = Kind.MOVED_TO;
            it.mark = "moveTo";
            it.moveName = name;
            from.partner = it;
            it.partner = from;
        }
    }

    /**
     * The last paragraph before a table or the container's end always stands in both views, so
     * its mark must not be inserted or deleted. Where a changed stretch ends there, the marks are
     * shifted (the paragraph before takes the change) or the last deleted and inserted paragraphs
     * share one paragraph.
     */
    void fixContainerEnds(List<Item> items) {
        int s = 0;
        while (s < items.size()) {
            if (items.get(s).table()) {
                s++;
                continue;
            }
            int e = s;
            while (e < items.size() && !items.get(e).table()) e++;
            s = fixSegment(items, s, e);
        }
    }

    /** Fixes the segment [s, e) of paragraph items; returns where the segment now ends. */
    private int fixSegment(List<Item> items, int s, int e) {
        if (items.get(e - 1).keepsMark()) return e;
        int t = e - 1;
        while (t - 1 >= s && !items.get(t - 1).keepsMark()) t--;
        List<Item> dels = new ArrayList<>();
        List<Item> ins = new ArrayList<>();
        for (int i = t; i < e; i++) {
            Item it = items.get(i);
            if (it.kind == Kind.MOVED_FROM || it.kind == Kind.MOVED_TO) {
                it.become(it.kind == Kind.MOVED_FROM ? Kind.DELETED : Kind.INSERTED);
                if (it.partner != null) {
                    Item p = it.partner;
                    if (p.kind == Kind.MOVED_FROM || p.kind == Kind.MOVED_TO) p.become(p.kind == Kind.MOVED_FROM ? Kind.DELETED : Kind.INSERTED);
                    p.partner = null;
                    it.partner = null;
                }
            }
            (it.kind == Kind.DELETED ? dels : ins).add(it);
        }
        if (!dels.isEmpty() && !ins.isEmpty()) {
            Item d = dels.remove(dels.size() - 1);
            Item n = ins.remove(ins.size() - 1);
            List<Item> tail = new ArrayList<>(dels);
            tail.addAll(ins);
            tail.add(new Item(Kind.REPLACED, d.a, n.b));
            items.subList(t, e).clear();
            items.addAll(t, tail);
            return e - 1;
        }
        Item y = t - 1 >= s ? items.get(t - 1) : null;
        if (y == null) return e;
        Item last = items.get(e - 1);
        y.mark = dels.isEmpty() ? "ins" : "del";
        last.mark = null;
        return e;
    }

    // ---- writing

    private void apply(List<Item> items, Element container, List<Element> aUnits) {
        Node firstA = aUnits.isEmpty() ? null : aUnits.get(0);
        Node prev = null;
        for (Item it : items) {
            Element target;
            switch (it.kind) {
                case KEPT -> {
                    target = it.a;
                    if (options.formatting() && !it.table()) {
                        reformat(it.a, it.b, List.of(new WordDiff.Piece(Edit.Op.EQUAL, text(it.a).text())));
                    }
                }
                case PAIRED -> {
                    target = it.a;
                    if (it.table()) compareTables(it.a, it.b);
                    else rewrite(it.a, it.b, WordDiff.diff(text(it.a).text(), text(it.b).text()));
                }
                case REPLACED -> {
                    target = it.a;
                    List<WordDiff.Piece> pieces = new ArrayList<>();
                    String ta = text(it.a).text();
                    String tb = text(it.b).text();
                    if (!ta.isEmpty()) pieces.add(new WordDiff.Piece(Edit.Op.DELETE, ta));
                    if (!tb.isEmpty()) pieces.add(new WordDiff.Piece(Edit.Op.INSERT, tb));
                    rewrite(it.a, it.b, pieces);
                }
                case DELETED, MOVED_FROM -> {
                    target = it.a;
                    String kind = it.kind == Kind.DELETED ? "del" : "moveFrom";
                    if (it.table()) {
                        for (Element tr : BodyBlocks.rows(it.a)) deleteRow(tr);
                    } else {
                        edits.wrapRuns(TrackedEdits.runsWithEquations(it.a), kind);
                        if (it.kind == Kind.MOVED_FROM) edits.moveRange(it.a, "moveFrom", it.moveName);
                        else note("paragraph-deletion", text(it.a).text(), it.a);
                    }
                }
                default -> {
                    target = imported(it.b);
                    if (prev != null) WordXml.insertAfter(target, prev);
                    else if (firstA != null) firstA.getParentNode().insertBefore(target, firstA);
                    else append(container, target);
                    if (it.table()) {
                        for (Element tr : BodyBlocks.rows(target)) insertedRow(tr);
                    } else {
                        String kind = it.kind == Kind.INSERTED ? "ins" : "moveTo";
                        edits.wrapRuns(TrackedEdits.runsWithEquations(target), kind);
                        if (it.kind == Kind.MOVED_TO) {
                            edits.moveRange(target, "moveTo", it.moveName);
                            note("move", text(it.b).text(), target);
                        } else {
                            note("paragraph-insertion", text(it.b).text(), target);
                        }
                    }
                }
            }
            if (!it.table()) edits.markParagraph(target, it.mark);
            prev = target;
        }
    }

    private static void append(Element container, Element child) {
        Element sectPr = null;
        for (Element c : WordXml.elements(container)) if (WordXml.is(c, "sectPr")) sectPr = c;
        container.insertBefore(child, sectPr);
    }

    private void note(String type, String text, Element paragraph) {
        pending.add(new Pending(type, text, paragraph));
    }

    /** Word diff of a paired paragraph: A's runs keep their formatting, inserted text takes B's. */
    private void rewrite(Element a, Element b, List<WordDiff.Piece> pieces) {
        if (options.formatting()) reformat(a, b, pieces);
        ParagraphText tb = text(b);
        edits.rewrite(a, false, pieces, (from, s) -> runsFrom(tb, from, s.length()));
        for (WordDiff.Piece p : pieces) {
            if (p.op() == Edit.Op.DELETE) note("deletion", p.text(), a);
            else if (p.op() == Edit.Op.INSERT) note("insertion", p.text(), a);
        }
        texts.remove(a);
    }

    /** New runs for B's text [from, from + length), one per B run, with B's run properties. */
    private List<Element> runsFrom(ParagraphText tb, int from, int length) {
        List<Element> out = new ArrayList<>();
        int end = from + length;
        String text = tb.text();
        int k = from;
        while (k < end) {
            Element run = tb.runAt(k);
            int stop = Math.min(end, tb.runEnd(k));
            out.addAll(TrackedEdits.textRuns(aDoc, importedProperties(run), text.substring(k, stop)));
            k = stop;
        }
        return out;
    }

    private Element importedProperties(Element run) {
        Element rPr = run == null ? null : WordXml.child(run, "rPr");
        if (rPr == null) return null;
        return sanitize((Element) aDoc.importNode(rPr, true));
    }

    /** Records run formatting that differs in unchanged text as w:rPrChange (--formatting). */
    private void reformat(Element a, Element b, List<WordDiff.Piece> pieces) {
        ParagraphText ta = ParagraphText.of(a, false);
        ParagraphText tb = text(b);
        List<int[]> ranges = new ArrayList<>();
        List<Element> sources = new ArrayList<>();
        int ao = 0;
        int bo = 0;
        for (WordDiff.Piece p : pieces) {
            int len = p.text().length();
            if (p.op() == Edit.Op.EQUAL) {
                int k = 0;
                while (k < len) {
                    Element ra = ta.runAt(ao + k);
                    Element rb = tb.runAt(bo + k);
                    int end = Math.min(len, Math.min(ta.runEnd(ao + k) - ao, tb.runEnd(bo + k) - bo));
                    if (!TrackedEdits.canonical(WordXml.child(ra, "rPr")).equals(TrackedEdits.canonical(WordXml.child(rb, "rPr")))) {
                        ranges.add(new int[] {ao + k, ao + end});
                        sources.add(rb);
                    }
                    k = end;
                }
                ao += len;
                bo += len;
            } else if (p.op() == Edit.Op.DELETE) {
                ao += len;
            } else {
                bo += len;
            }
        }
        if (ranges.isEmpty()) return;
        int[] cuts = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            cuts[2 * i] = ranges.get(i)[0];
            cuts[2 * i + 1] = ranges.get(i)[1];
        }
        ta = ta.splitAt(cuts);
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            Element rPr = importedProperties(sources.get(i));
            for (Element run : ta.runsIn(r[0], r[1])) edits.changeRunProperties(run, rPr);
            note("formatting", ta.text().substring(r[0], r[1]), a);
        }
        texts.remove(a);
    }

    // ---- tables

    private void compareTables(Element a, Element b) {
        List<Element> ra = BodyBlocks.rows(a);
        List<Element> rb = BodyBlocks.rows(b);
        List<String> ka = new ArrayList<>();
        List<String> kb = new ArrayList<>();
        for (Element tr : ra) ka.add(rowText(tr));
        for (Element tr : rb) kb.add(rowText(tr));
        List<Edit> script = SequenceDiff.diff(ka, kb);
        Node prev = null;
        Node first = ra.isEmpty() ? null : ra.get(0);
        for (int i = 0; i < script.size(); i++) {
            Edit e = script.get(i);
            if (e.op() == Edit.Op.EQUAL) {
                for (int k = e.aStart(); k < e.aEnd(); k++) {
                    if (options.formatting()) compareRow(ra.get(k), rb.get(e.bStart() + k - e.aStart()));
                    prev = ra.get(k);
                }
                continue;
            }
            List<Element> dels = List.of();
            List<Element> ins = List.of();
            if (e.op() == Edit.Op.DELETE) {
                dels = ra.subList(e.aStart(), e.aEnd());
                if (i + 1 < script.size() && script.get(i + 1).op() == Edit.Op.INSERT) {
                    Edit n = script.get(++i);
                    ins = rb.subList(n.bStart(), n.bEnd());
                }
            } else {
                ins = rb.subList(e.bStart(), e.bEnd());
            }
            List<Item> block = new ArrayList<>();
            pairBlock(dels, ins, block, (x, y) -> {
                if (BodyBlocks.cells(x).size() != BodyBlocks.cells(y).size()) return -1;
                double sim = WordDiff.similarity(rowText(x), rowText(y));
                return sim >= ROW_PAIRING ? sim : -1;
            });
            for (Item it : block) {
                switch (it.kind) {
                    case PAIRED -> {
                        compareRow(it.a, it.b);
                        prev = it.a;
                    }
                    case DELETED -> {
                        deleteRow(it.a);
                        prev = it.a;
                    }
                    default -> {
                        Element tr = imported(it.b);
                        if (prev != null) WordXml.insertAfter(tr, prev);
                        else if (first != null) first.getParentNode().insertBefore(tr, first);
                        else a.appendChild(tr);
                        insertedRow(tr);
                        prev = tr;
                    }
                }
            }
        }
    }

    private void compareRow(Element a, Element b) {
        List<Element> ca = BodyBlocks.cells(a);
        List<Element> cb = BodyBlocks.cells(b);
        for (int i = 0; i < ca.size() && i < cb.size(); i++) {
            List<Element> ua = BodyBlocks.units(ca.get(i));
            List<Item> items = align(ua, BodyBlocks.units(cb.get(i)));
            fixContainerEnds(items);
            apply(items, ca.get(i), ua);
        }
    }

    /** A row's text for the change list: cells joined by " | ", paragraphs by a space. */
    private String rowLabel(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element tc : BodyBlocks.cells(tr)) {
            List<String> ps = new ArrayList<>();
            for (Element p : BodyBlocks.paragraphsIn(tc)) ps.add(text(p).text());
            cells.add(String.join(" ", ps).strip());
        }
        return String.join(" | ", cells);
    }

    private void deleteRow(Element tr) {
        List<Element> ps = BodyBlocks.paragraphsIn(tr);
        note("row-deletion", rowLabel(tr), ps.isEmpty() ? null : ps.get(0));
        edits.markRow(tr, "del");
    }

    private void insertedRow(Element tr) {
        List<Element> ps = BodyBlocks.paragraphsIn(tr);
        note("row-insertion", rowLabel(tr), ps.isEmpty() ? null : ps.get(0));
        edits.markRow(tr, "ins");
    }

    // ---- content from B

    /** A copy of B's element in A's document, without what refers to B's other parts. */
    private Element imported(Element b) {
        Element copy = (Element) aDoc.importNode(b, true);
        java.util.Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (pictures != null) {
            for (Element d : drawings(copy)) if (pictures.carry(d)) kept.add(d);
        }
        copy = sanitize(copy, kept);
        // keep the B text mapping for the copy: the text elements are the same
        return copy;
    }

    /**
     * Drops from imported content what would dangle in A: relationship references (images,
     * hyperlinks: the link text stays), notes and comment references, bookmarks, section
     * properties, extension markup and ids.
     */
    static Element sanitize(Element e) {
        return sanitize(e, java.util.Set.of());
    }

    /** As {@link #sanitize(Element)}, leaving the drawings in {@code kept} (pictures carried into A) whole. */
    static Element sanitize(Element e, java.util.Set<Element> kept) {
        List<Element> all = new ArrayList<>();
        collectAll(e, all, kept);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element x = all.get(i);
            // an equation is content: it stays, with its own attributes (m:val)
            if (Equations.isMath(x)) continue;
            if (!WordXml.isW(x)) {
                if (!TextBoxes.holdsKept(x, kept)) WordXml.remove(x);
                continue;
            }
            switch (x.getLocalName()) {
                case "drawing", "pict" -> {
                    if (!kept.contains(x)) {
                        WordXml.remove(x);
                        continue;
                    }
                }
                case "object", "footnoteReference", "endnoteReference", "commentReference",
                        "commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "sectPr",
                        "permStart", "permEnd", "proofErr", "subDoc", "altChunk", "control", "embedRegular",
                        "embedBold", "embedItalic", "embedBoldItalic", "headerReference", "footerReference" -> {
                    WordXml.remove(x);
                    continue;
                }
                case "hyperlink" -> {
                    if (hasForeignAttribute(x)) {
                        WordXml.unwrap(x);
                        continue;
                    }
                }
                case "id" -> {
                    if (WordXml.is(x.getParentNode(), "sdtPr")) {
                        WordXml.remove(x);
                        continue;
                    }
                }
                default -> { }
            }
            org.w3c.dom.NamedNodeMap attrs = x.getAttributes();
            for (int k = attrs.getLength() - 1; k >= 0; k--) {
                Node at = attrs.item(k);
                String ns = at.getNamespaceURI();
                if (ns != null && !WordXml.W.equals(ns) && !WordXml.W_STRICT.equals(ns) && !WordXml.XML.equals(ns)) {
                    x.removeAttributeNode((org.w3c.dom.Attr) at);
                }
            }
        }
        return e;
    }

    private static boolean hasForeignAttribute(Element x) {
        org.w3c.dom.NamedNodeMap attrs = x.getAttributes();
        for (int k = 0; k < attrs.getLength(); k++) {
            String ns = attrs.item(k).getNamespaceURI();
            if (WordXml.R.equals(ns) || WordXml.R_STRICT.equals(ns)) return true;
        }
        return false;
    }

    /** Every element of a subtree, the insides of kept drawings left out. */
    private static void collectAll(Element e, List<Element> out, java.util.Set<Element> kept) {
        out.add(e);
        if (kept.contains(e)) return;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element x) collectAll(x, out, kept);
    }

    /** The w:drawing and w:pict elements of a subtree. */
    private static List<Element> drawings(Element scope) {
        List<Element> out = new ArrayList<>();
        for (String local : List.of("drawing", "pict")) {
            org.w3c.dom.NodeList ns = scope.getElementsByTagNameNS(WordXml.W, local);
            for (int i = 0; i < ns.getLength(); i++) out.add((Element) ns.item(i));
        }
        return out;
    }

    static String describe(List<Item> items) {
        return Arrays.toString(items.stream().map(i -> i.kind + (i.mark == null ? "" : "/" + i.mark)).toArray());
    }
}
