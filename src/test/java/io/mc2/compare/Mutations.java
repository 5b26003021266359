package io.mc2.compare;

import io.mc2.model.Contract;
import io.mc2.docx.ReadLimits;
import io.mc2.write.docx.DocxContractWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes "B" documents from an "A" draft by random edits on its XML, the way a supplier edits a
 * clean copy: words replaced, inserted and deleted, paragraphs deleted, added and moved, table
 * cells edited, rows added and removed. No tracked changes are written: B is a clean copy.
 */
final class Mutations {

    static final String[] WORDS = {"promptly", "Supplier", "reasonable", "commercially", "ninety (90)", "written",
        "notice", "shall", "may", "Customer's", "security", "patch", "vulnerability", "not", "materially"};

    private final Random random;
    private final List<String> log = new ArrayList<>();

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    List<String> log() {
        return log;
    }

    static byte[] draft(Contract contract) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxContractWriter().write(contract, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** B: {@code n} random edits of A. */
    byte[] mutate(byte[] a, int n) {
        WordPackage pkg = WordPackage.read(a, "A", ReadLimits.defaults());
        Document doc = pkg.parse(pkg.mainPart());
        for (int i = 0; i < n; i++) edit(doc);
        pkg.put(pkg.mainPart(), doc);
        return pkg.toBytes();
    }

    private void edit(Document doc) {
        List<Element> body = BodyBlocks.units(BodyBlocks.body(doc));
        List<Element> paragraphs = body.stream().filter(e -> WordXml.is(e, "p")).toList();
        List<Element> tables = body.stream().filter(e -> WordXml.is(e, "tbl")).toList();
        int what = random.nextInt(10);
        Element p = paragraphs.get(random.nextInt(paragraphs.size()));
        switch (what) {
            case 0, 1, 2 -> editWords(p);
            case 3 -> {
                log.add("delete paragraph " + text(p));
                WordXml.remove(p);
            }
            case 4 -> {
                Element copy = (Element) p.cloneNode(true);
                setText(copy, "New paragraph " + random.nextInt(1000) + ": " + word() + " " + word() + " " + word() + ".");
                WordXml.insertAfter(copy, p);
                log.add("insert paragraph after " + text(p));
            }
            case 5 -> {
                Element to = paragraphs.get(random.nextInt(paragraphs.size()));
                if (to == p) return;
                WordXml.remove(p);
                WordXml.insertAfter(p, to);
                log.add("move paragraph " + text(p));
            }
            case 6, 7 -> {
                if (tables.isEmpty()) return;
                Element tbl = tables.get(random.nextInt(tables.size()));
                List<Element> cells = BodyBlocks.cells(tbl);
                Element cell = cells.get(random.nextInt(cells.size()));
                List<Element> ps = BodyBlocks.paragraphsIn(cell);
                if (!ps.isEmpty()) editWords(ps.get(random.nextInt(ps.size())));
            }
            case 8 -> {
                if (tables.isEmpty()) return;
                Element tbl = tables.get(random.nextInt(tables.size()));
                List<Element> rows = BodyBlocks.rows(tbl);
                if (rows.size() < 3) return;
                Element row = rows.get(1 + random.nextInt(rows.size() - 1));
                if (random.nextBoolean()) {
                    log.add("delete row");
                    WordXml.remove(row);
                } else {
                    Element copy = (Element) row.cloneNode(true);
                    for (Element q : BodyBlocks.paragraphsIn(copy)) setText(q, word() + " " + random.nextInt(100));
                    WordXml.insertAfter(copy, row);
                    log.add("insert row");
                }
            }
            default -> {
                // two adjacent paragraphs rewritten: a replaced stretch
                editWords(p);
                Element next = p.getNextSibling() instanceof Element e && WordXml.is(e, "p") ? e : null;
                if (next != null) setText(next, "Replaced text " + word() + ".");
            }
        }
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private void editWords(Element p) {
        List<Element> ts = new ArrayList<>();
        org.w3c.dom.NodeList all = p.getElementsByTagNameNS(WordXml.W, "t");
        for (int i = 0; i < all.getLength(); i++) ts.add((Element) all.item(i));
        if (ts.isEmpty()) return;
        Element t = ts.get(random.nextInt(ts.size()));
        String s = t.getTextContent();
        String[] words = s.split(" ", -1);
        int i = random.nextInt(words.length);
        switch (random.nextInt(3)) {
            case 0 -> words[i] = word();
            case 1 -> words[i] = word() + " " + words[i];
            default -> words[i] = "";
        }
        String edited = String.join(" ", words).replace("  ", " ");
        t.setTextContent(edited);
        t.setAttributeNS(WordXml.XML, "xml:space", "preserve");
        log.add("words: " + s + " -> " + edited);
    }

    static String text(Element p) {
        return ParagraphText.of(p, false).text();
    }

    /** Replaces the paragraph's runs by one run with the first run's properties. */
    static void setText(Element p, String text) {
        List<Element> runs = TrackedEdits.runs(p);
        Element rPr = runs.isEmpty() ? null : WordXml.child(runs.get(0), "rPr");
        for (Element c : WordXml.elements(p)) if (!WordXml.is(c, "pPr")) WordXml.remove(c);
        for (Element r : TrackedEdits.textRuns(p.getOwnerDocument(), rPr, text)) p.appendChild(r);
    }
}
