package io.mc2.compare;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A story's paragraphs as they read once every tracked change is accepted: paragraphs of a
 * removed row or cell are gone, and a paragraph whose mark is deleted or moved away joins the next
 * paragraph of its cell (or story). Since the comparison's output, accepted, reads as B, its
 * accepted paragraphs stand one for one for B's — which is how text boxes and comments of B find
 * their place in the output.
 */
final class AcceptedParagraphs {
    private AcceptedParagraphs() {
    }

    /**
     * The paragraphs of {@code ps} (in order, all below {@code scope}; null: a whole body) grouped
     * by the paragraph they become: each group's last paragraph is the one whose mark survives.
     */
    static List<List<Element>> of(List<Element> ps, Node scope) {
        List<Element> kept = new ArrayList<>();
        for (Element p : ps) if (!WordXml.inRemovedRowOrCell(p, scope)) kept.add(p);
        List<List<Element>> out = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Element p = kept.get(i);
            current.add(p);
            if (WordXml.markRemovedOnAccept(p) && i + 1 < kept.size() && cell(kept.get(i + 1), scope) == cell(p, scope)) continue;
            out.add(current);
            current = new ArrayList<>();
        }
        return out;
    }

    /** The nearest cell around {@code p} below {@code scope}, or the scope itself. */
    private static Node cell(Element p, Node scope) {
        for (Node n = p.getParentNode(); n != null && n != scope; n = n.getParentNode()) if (WordXml.is(n, "tc")) return n;
        return scope;
    }
}
