package io.mc2.compare;

import io.mc2.docx.DocxPackage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * B's style ids in content copied into A, renamed to A's id of the style with the same name.
 * A word processor re-saving a document may rename style ids (LibreOffice writes our draft's
 * {@code mc2Body} back as {@code Mc2Body}, same style name); an inserted or moved-to paragraph
 * then names a style A does not have, and LibreOffice 7.4's reject-all of such a paragraph leaves
 * an empty paragraph or joins its neighbours. An id A does not define and B names no style A has
 * is dropped (the paragraph takes A's default style).
 */
final class StyleIds {

    private StyleIds() {
    }

    /**
     * Renames, in {@code da} (A's story being written), the style references A's styles do not
     * define; returns how many references changed.
     */
    static int resolve(WordPackage a, Document da, WordPackage b) {
        Map<String, String> aIdsByName = new HashMap<>();
        Map<String, String> aNamesById = names(a, aIdsByName);
        if (aNamesById == null) return 0;
        Map<String, String> bNamesById = names(b, new HashMap<>());
        // only an id B defines and A does not can be renamed: most pairs have none, and then no search is made
        if (bNamesById == null || aNamesById.keySet().containsAll(bNamesById.keySet())) return 0;
        int changed = 0;
        for (String local : List.of("pStyle", "rStyle", "tblStyle")) {
            NodeList refs = da.getElementsByTagNameNS("*", local);
            for (int i = refs.getLength() - 1; i >= 0; i--) {
                Element ref = (Element) refs.item(i);
                if (!WordXml.isW(ref)) continue;
                String id = WordXml.attr(ref, "val");
                if (id == null || aNamesById.containsKey(id)) continue;
                String name = bNamesById.get(id);
                // an id B does not define either is not B's: A's own business, left alone
                if (name == null) continue;
                String mapped = aIdsByName.get(name);
                if (mapped != null) WordXml.set(ref, "val", mapped);
                else WordXml.remove(ref);
                changed++;
            }
        }
        return changed;
    }

    /** Style id to style name of a package's main styles part (null without one); fills name to id. */
    private static Map<String, String> names(WordPackage pkg, Map<String, String> idsByName) {
        String part = DocxPackage.target(pkg.relationships(pkg.mainPart()), "styles", null);
        if (part == null || pkg.part(part) == null) return null;
        Map<String, String> out = new HashMap<>();
        NodeList styles = pkg.parse(part).getElementsByTagNameNS("*", "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            if (!WordXml.isW(s)) continue;
            String id = WordXml.attr(s, "styleId");
            Element nameEl = WordXml.child(s, "name");
            String name = nameEl == null ? id : WordXml.attr(nameEl, "val");
            if (id == null || name == null) continue;
            String key = WordXml.attr(s, "type") + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
            out.put(id, key);
            idsByName.putIfAbsent(key, id);
        }
        return out;
    }
}
