package io.mc2.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The stories besides the body, compared as the body is. Footnotes and endnotes note by note: when
 * A and B hold the same notes (the same ids, in the same part), each note whose text differs gets
 * tracked changes turning A's into B's; a note is found by its id because that is what the body's
 * reference names. Headers and footers part by part, when A and B have the same header (footer)
 * parts. Otherwise (notes or parts added or removed) A's are kept and reported as not compared.
 */
final class StoryComparison {
    private StoryComparison() {
    }

    /** What was compared: the changes written, and the kinds of notes that could not be paired. */
    record Outcome(List<CompareChange> changes, List<String> unpaired) {
    }

    /**
     * Compares the notes, header and footer parts of A and B and writes the changes into A's
     * package. Change ids continue from {@code ids}, above every id already used.
     */
    static Outcome compare(WordPackage a, WordPackage b, CompareOptions options, AtomicInteger ids) {
        List<CompareChange> changes = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (String kind : List.of("footnotes", "endnotes")) {
            String partA = parts(a, kind).stream().findFirst().orElse(null);
            String partB = parts(b, kind).stream().findFirst().orElse(null);
            if (partA == null || partB == null) continue;
            Document da = a.parseForEditing(partA);
            Document db = b.parse(partB);
            RevisionResolver.resolveStory(da, RevisionResolver.Decision.ACCEPT);
            RevisionResolver.resolveStory(db, RevisionResolver.Decision.ACCEPT);
            Map<String, Element> notesA = notes(da);
            Map<String, Element> notesB = notes(db);
            if (!notesA.keySet().equals(notesB.keySet())) {
                unpaired.add(kind);
                continue;
            }
            boolean changed = false;
            Pictures pictures = new Pictures(a, partA, da, b, partB);
            for (Map.Entry<String, Element> e : notesA.entrySet()) {
                changed |= compareInto(da, e.getValue(), notesB.get(e.getKey()), pictures, options, ids, changes);
            }
            if (changed) a.put(partA, da);
        }
        for (String kind : List.of("header", "footer")) {
            List<String> partsA = parts(a, kind);
            if (!partsA.equals(parts(b, kind))) {
                if (!partsA.isEmpty() || !parts(b, kind).isEmpty()) unpaired.add(kind + "s");
                continue;
            }
            for (String part : partsA) {
                Document da = a.parseForEditing(part);
                Document db = b.parse(part);
                RevisionResolver.resolveStory(da, RevisionResolver.Decision.ACCEPT);
                RevisionResolver.resolveStory(db, RevisionResolver.Decision.ACCEPT);
                Pictures pictures = new Pictures(a, part, da, b, part);
                if (compareInto(da, da.getDocumentElement(), db.getDocumentElement(), pictures, options, ids, changes)) a.put(part, da);
            }
        }
        return new Outcome(changes, unpaired);
    }

    /**
     * One story of A (a note, a header part) compared with B's, when their text differs: tracked
     * changes written into {@code da}, numbered above every id {@code da} already has.
     *
     * @return whether anything was written
     */
    private static boolean compareInto(Document da, Element storyA, Element storyB, Pictures pictures, CompareOptions options,
                                       AtomicInteger ids, List<CompareChange> changes) {
        if (text(storyA).equals(text(storyB))) return false;
        ids.set(Math.max(ids.get(), TrackedEdits.idsAbove(da).get()));
        // a story's changes index no body paragraph
        for (CompareChange c : new BodyComparison(da, options, ids, pictures, true).compare(storyA, storyB)) {
            changes.add(new CompareChange(c.type(), c.text(), -1));
        }
        return true;
    }

    /** The package's parts of one kind (footnotes, header ...), sorted by name. */
    private static List<String> parts(WordPackage pkg, String kind) {
        return pkg.relationships(pkg.mainPart()).stream().filter(r -> !r.external() && r.shortType().equals(kind) && pkg.part(r.target()) != null)
                .map(io.mc2.docx.Relationship::target).distinct().sorted().toList();
    }

    /** The part's real notes by id (separators and continuation notices are layout, not notes). */
    private static Map<String, Element> notes(Document d) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !(WordXml.is(e, "footnote") || WordXml.is(e, "endnote"))) continue;
            String type = WordXml.attr(e, "type");
            if (type != null && !type.isEmpty() && !type.equals("normal")) continue;
            out.put(WordXml.attr(e, "id"), e);
        }
        return out;
    }

    private static String text(Element note) {
        StringBuilder sb = new StringBuilder();
        for (Element p : BodyBlocks.units(note)) sb.append(ParagraphText.of(p, false).text()).append('\n');
        return sb.toString();
    }
}
