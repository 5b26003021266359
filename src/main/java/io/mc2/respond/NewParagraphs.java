package io.mc2.respond;

import io.mc2.compare.BodyBlocks;
import io.mc2.compare.ParagraphText;
import io.mc2.compare.TrackedEdits;
import io.mc2.compare.WordXml;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Paragraphs we add or take away as tracked changes: a new paragraph styled like its neighbour,
 * a paragraph deleted with its mark, a table row deleted whole.
 */
final class NewParagraphs {
    private final Document doc;

    NewParagraphs(Document doc) {
        this.doc = doc;
    }

    /** A new paragraph holding {@code text} as our insertion, placed after (or before) {@code p} and styled like it. */
    Element insert(Element p, boolean after, String text, TrackedEdits edits) {
        Element np = WordXml.create(doc, "p");
        Element pPr = WordXml.child(p, "pPr");
        if (pPr != null) {
            Element copy = (Element) pPr.cloneNode(true);
            for (Element c : WordXml.elements(copy)) {
                if (WordXml.is(c, "sectPr") || WordXml.is(c, "pPrChange")) WordXml.remove(c);
            }
            Element rPr = WordXml.child(copy, "rPr");
            if (rPr != null) {
                for (Element c : WordXml.elements(rPr)) if (WordXml.isTrackedWrapper(c) || WordXml.is(c, "rPrChange")) WordXml.remove(c);
            }
            np.appendChild(copy);
        }
        ParagraphText pt = ParagraphText.of(p, true);
        Element style = pt.length() > 0 ? WordXml.child(pt.runAt(after ? pt.length() - 1 : 0), "rPr") : TrackedEdits.markRunProperties(p);
        Element ins = edits.change("ins");
        for (Element r : TrackedEdits.textRuns(doc, style, text)) ins.appendChild(r);
        np.appendChild(ins);
        if (after) {
            WordXml.insertAfter(np, p);
            // the last paragraph of a container always stands in both views: there the new paragraph
            // keeps the plain mark and the one before it takes the inserted mark
            if (lastInContainer(np) && WordXml.markChange(p) == null) edits.markParagraph(p, "ins");
            else edits.markParagraph(np, "ins");
        } else {
            p.getParentNode().insertBefore(np, p);
            edits.markParagraph(np, "ins");
        }
        return np;
    }

    /**
     * Deletes the paragraphs' text as our change, and their marks where the paragraph has a next one
     * in its container (so that it reads as gone, not as an empty line). A table row whose paragraphs
     * are all among them is deleted as a row.
     */
    void delete(List<Element> paragraphs, TrackedEdits edits) {
        Set<Element> doomed = Set.copyOf(paragraphs);
        for (Element p : paragraphs) {
            if (!attached(p)) continue;
            Element row = rowOf(p);
            if (row != null && doomed.containsAll(BodyBlocks.paragraphsIn(row))) {
                if (!rowDeleted(row)) edits.markRow(row, "del");
                continue;
            }
            edits.wrapRuns(liveRuns(p), "del");
            if (!lastInContainer(p)) edits.markParagraph(p, "del");
        }
    }

    /** The runs of a paragraph that stand in the accepted view (not inside a deletion or move away). */
    private static List<Element> liveRuns(Element p) {
        return TrackedEdits.runs(p).stream().filter(r -> {
            for (Node a = r.getParentNode(); a != null && a != p; a = a.getParentNode()) {
                if (WordXml.is(a, "del") || WordXml.is(a, "moveFrom")) return false;
            }
            return true;
        }).toList();
    }

    private static boolean rowDeleted(Element row) {
        Element trPr = WordXml.child(row, "trPr");
        return trPr != null && WordXml.child(trPr, "del") != null;
    }

    private static Element rowOf(Element p) {
        for (Node a = p.getParentNode(); a != null; a = a.getParentNode()) {
            if (WordXml.is(a, "tr")) return (Element) a;
            if (WordXml.is(a, "body")) return null;
        }
        return null;
    }

    private boolean lastInContainer(Element p) {
        List<Element> all = BodyBlocks.paragraphs(doc);
        int i = all.indexOf(p);
        return i + 1 >= all.size() || WordXml.cellOf(all.get(i + 1)) != WordXml.cellOf(p);
    }

    static boolean attached(Node n) {
        for (Node a = n; a != null; a = a.getParentNode()) if (a instanceof Document) return true;
        return false;
    }
}
