package io.mc2.compare;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The block structure of a document body as the redline reader walks it: paragraphs and tables,
 * looking through content controls, custom XML, block-level change wrappers and mc:Fallback.
 * {@link #paragraphs(Document)} lists paragraphs in the order of {@code RedlineDocument.body()}.
 */
public final class BodyBlocks {

    private BodyBlocks() {
    }

    /** The w:body element. */
    public static Element body(Document doc) {
        Element root = doc.getDocumentElement();
        Element body = WordXml.child(root, "body");
        if (body == null) throw new IllegalArgumentException("no w:body");
        return body;
    }

    /** Every body paragraph (table cells included, in reading order): the reader's body indexes. */
    public static List<Element> paragraphs(Document doc) {
        List<Element> out = new ArrayList<>();
        walk(body(doc), out, true);
        return out;
    }

    /** Every paragraph inside an element (a cell, row or table), nested tables included. */
    public static List<Element> paragraphsIn(Element container) {
        List<Element> out = new ArrayList<>();
        if (WordXml.is(container, "tbl") || WordXml.is(container, "tr")) {
            for (Element cell : cells(container)) walk(cell, out, true);
        } else {
            walk(container, out, true);
        }
        return out;
    }

    /** The paragraphs and tables directly in a container (body or cell), tables not opened. */
    public static List<Element> units(Element container) {
        List<Element> out = new ArrayList<>();
        walk(container, out, false);
        return out;
    }

    private static void walk(Element parent, List<Element> out, boolean intoTables) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (!WordXml.isW(e)) {
                Element fallback = ParagraphText.fallback(e);
                if (fallback != null) walk(fallback, out, intoTables);
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> out.add(e);
                case "tbl" -> {
                    if (intoTables) {
                        for (Element cell : cells(e)) walk(cell, out, true);
                    } else {
                        out.add(e);
                    }
                }
                case "sdt" -> {
                    Element content = WordXml.child(e, "sdtContent");
                    if (content != null) walk(content, out, intoTables);
                }
                case "customXml", "smartTag", "ins", "del", "moveFrom", "moveTo" -> walk(e, out, intoTables);
                default -> { }
            }
        }
    }

    /** The rows of a table, looking through content controls and custom XML around them. */
    public static List<Element> rows(Element tbl) {
        List<Element> out = new ArrayList<>();
        collect(tbl, "tr", out);
        return out;
    }

    /** The cells of a row (or of every row of a table), in order. */
    public static List<Element> cells(Element rowOrTable) {
        List<Element> out = new ArrayList<>();
        if (WordXml.is(rowOrTable, "tbl")) {
            for (Element tr : rows(rowOrTable)) collect(tr, "tc", out);
        } else {
            collect(rowOrTable, "tc", out);
        }
        return out;
    }

    private static void collect(Element parent, String local, List<Element> out) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (WordXml.is(e, local)) {
                out.add(e);
            } else if (WordXml.is(e, "sdt")) {
                Element content = WordXml.child(e, "sdtContent");
                if (content != null) collect(content, local, out);
            } else if (WordXml.is(e, "customXml") || WordXml.is(e, "smartTag")) {
                collect(e, local, out);
            } else if (!WordXml.isW(e)) {
                Element fallback = ParagraphText.fallback(e);
                if (fallback != null) collect(fallback, local, out);
            }
        }
    }
}
