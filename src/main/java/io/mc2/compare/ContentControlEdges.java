package io.mc2.compare;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps whole-paragraph changes out of the first paragraph of a block content control (w:sdt).
 * LibreOffice 7.4, opening a .docx, drops the tracked change of the runs in a control's first
 * paragraph but keeps the change of its mark: a clause heading deleted or moved away then survives
 * its accept-all glued to the next paragraph. So the leading paragraphs of a control that are
 * inserted, deleted or moved as a whole are written just before the control (a control left with
 * no content is removed, as accepting would remove it); both views keep their text, and the
 * control starts at its first paragraph that stays.
 */
final class ContentControlEdges {

    private ContentControlEdges() {
    }

    /** Lifts the wholly changed leading paragraphs out of every block content control under {@code scope}. */
    static void lift(Element scope) {
        List<Element> controls = new ArrayList<>();
        collect(scope, controls);
        // innermost first: a paragraph lifted out of an inner control may lead the outer one
        for (int i = controls.size() - 1; i >= 0; i--) lift1(controls.get(i));
    }

    private static void collect(Element e, List<Element> out) {
        for (Element c : WordXml.elements(e)) {
            if (WordXml.is(c, "p")) continue;
            if (WordXml.is(c, "sdt") && WordXml.child(c, "sdtContent") != null) out.add(c);
            collect(c, out);
        }
    }

    private static void lift1(Element sdt) {
        Element content = WordXml.child(sdt, "sdtContent");
        Node parent = sdt.getParentNode();
        Node c = content.getFirstChild();
        while (c != null) {
            Node next = c.getNextSibling();
            if (c instanceof Element e) {
                if (!WordXml.is(e, "p") || !wholeChange(e)) break;
                parent.insertBefore(e, sdt);
            }
            c = next;
        }
        if (WordXml.elements(content).isEmpty()) WordXml.remove(sdt);
    }

    /** Whether the paragraph's mark and every run of it are inside one kind of change: removed (del, moveFrom) or added (ins, moveTo). */
    static boolean wholeChange(Element p) {
        Element mark = WordXml.markChange(p);
        if (mark == null) return false;
        boolean removed = removal(mark.getLocalName());
        if (!removed && !addition(mark.getLocalName())) return false;
        for (Element r : TrackedEdits.runs(p)) {
            Node w = r.getParentNode();
            boolean inside = false;
            while (w != null && w != p) {
                if (WordXml.isW(w) && (removed ? removal(w.getLocalName()) : addition(w.getLocalName()))) inside = true;
                w = w.getParentNode();
            }
            if (!inside) return false;
        }
        return true;
    }

    private static boolean removal(String local) {
        return local.equals("del") || local.equals("moveFrom");
    }

    private static boolean addition(String local) {
        return local.equals("ins") || local.equals("moveTo");
    }
}
