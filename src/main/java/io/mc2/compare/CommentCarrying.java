package io.mc2.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Carries the second document's comments into the comparison's output. Comments are not tracked
 * changes, so a comment of B that A does not have (the same author and text) is copied into the
 * output's comments part and anchored on the same text: the output, accepted, reads paragraph for
 * paragraph as B does, so B's k-th body paragraph is the output's k-th paragraph that survives
 * accepting, and a range's start and end are at the same character offsets there.
 *
 * <p>Not carried (and so still reported as not compared): comments anchored outside the body
 * (notes, headers, text boxes), anchored where the output's paragraph reads differently from B's,
 * and comments of A that B no longer has (A's stay: there is no tracked deletion of a comment).
 * Replies are carried as comments of their own, without their thread (commentsExtended).
 */
final class CommentCarrying {
    private CommentCarrying() {
    }

    /**
     * What was carried, and how many comments still differ between A and B.
     *
     * @param carried   B's comments now in the output
     * @param differing comments of A that B lacks, plus B's that could not be carried
     */
    record Outcome(int carried, int differing) {
    }

    /**
     * Carries B's new comments into {@code out} (A's main part after the body comparison) and the
     * comments part of {@code pa}; {@code b} is B's main part with its own changes accepted.
     */
    static Outcome carry(WordPackage pa, Document out, WordPackage pb, Document b) {
        CommentsPart ours = new CommentsPart(pa, pa.mainPart());
        CommentsPart theirs = new CommentsPart(pb, pb.mainPart());
        Map<String, Integer> left = new HashMap<>();
        for (Element c : ours.comments()) left.merge(key(c), 1, Integer::sum);
        List<Element> fresh = new ArrayList<>();
        for (Element c : theirs.comments()) {
            String k = key(c);
            if (left.getOrDefault(k, 0) > 0) left.merge(k, -1, Integer::sum);
            else fresh.add(c);
        }
        int onlyA = left.values().stream().mapToInt(Integer::intValue).sum();
        if (fresh.isEmpty()) return new Outcome(0, onlyA);
        List<Element> paragraphsB = BodyBlocks.paragraphs(b);
        List<Element> survivors = survivors(out);
        Map<String, Element[]> markers = markers(BodyBlocks.body(b));
        Map<Element, Integer> indexB = new IdentityHashMap<>();
        for (int i = 0; i < paragraphsB.size(); i++) indexB.put(paragraphsB.get(i), i);
        int carried = 0;
        for (Element c : fresh) {
            Element[] at = markers.get(WordXml.attr(c, "id"));
            if (at == null || survivors.size() != paragraphsB.size()) continue;
            Element start = at[0] != null ? at[0] : at[2];
            Element end = at[1] != null ? at[1] : at[2];
            Integer from = start == null ? null : indexB.get(paragraphOf(start));
            Integer to = end == null ? null : indexB.get(paragraphOf(end));
            if (from == null || to == null || from > to) continue;
            Element outFrom = survivors.get(from);
            Element outTo = survivors.get(to);
            ParagraphText bFrom = ParagraphText.of(paragraphsB.get(from), false);
            ParagraphText bTo = ParagraphText.of(paragraphsB.get(to), false);
            if (!bFrom.text().equals(ParagraphText.of(outFrom, true).text()) || !bTo.text().equals(ParagraphText.of(outTo, true).text())) continue;
            String id = ours.copy(c);
            place(out, outFrom, bFrom.offsetBefore(start), "commentRangeStart", id, false);
            Element endMarker = place(out, outTo, bTo.offsetBefore(end), "commentRangeEnd", id, true);
            Element reference = WordXml.create(out, "r");
            Element ref = WordXml.create(out, "commentReference");
            WordXml.set(ref, "id", id);
            reference.appendChild(ref);
            WordXml.insertAfter(reference, endMarker);
            carried++;
        }
        // the comments part is written back only when it changed, so it keeps its bytes otherwise
        if (carried > 0) ours.save();
        return new Outcome(carried, onlyA + fresh.size() - carried);
    }

    /** The output's body paragraphs that accepting keeps as paragraphs (those whose mark survives), in order. */
    private static List<Element> survivors(Document out) {
        List<Element> kept = new ArrayList<>();
        for (List<Element> members : AcceptedParagraphs.of(BodyBlocks.paragraphs(out), null)) kept.add(members.get(members.size() - 1));
        return kept;
    }

    /** Each comment id's range start, range end and reference in a body, in that order (any may be null). */
    private static Map<String, Element[]> markers(Element body) {
        Map<String, Element[]> out = new HashMap<>();
        org.w3c.dom.NodeList all = body.getElementsByTagNameNS(body.getNamespaceURI(), "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            int slot = switch (e.getLocalName()) {
                case "commentRangeStart" -> 0;
                case "commentRangeEnd" -> 1;
                case "commentReference" -> 2;
                default -> -1;
            };
            if (slot < 0) continue;
            Element[] at = out.computeIfAbsent(WordXml.attr(e, "id"), k -> new Element[3]);
            if (at[slot] == null) at[slot] = e;
        }
        return out;
    }

    private static Element paragraphOf(Element e) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) if (WordXml.is(n, "p")) return (Element) n;
        return null;
    }

    /**
     * Puts a range marker at character {@code offset} of {@code p} (read as accepted): before the
     * run holding that character, or with {@code after}, after the run holding the one before it.
     */
    private static Element place(Document out, Element p, int offset, String local, String id, boolean after) {
        Element marker = WordXml.create(out, local);
        WordXml.set(marker, "id", id);
        ParagraphText text = ParagraphText.of(p, true).splitAt(offset);
        if (after && offset > 0) {
            WordXml.insertAfter(marker, text.runAt(offset - 1));
        } else if (!after && offset < text.length()) {
            Element run = text.runAt(offset);
            run.getParentNode().insertBefore(marker, run);
        } else if (offset == 0) {
            Element pPr = WordXml.child(p, "pPr");
            p.insertBefore(marker, pPr == null ? p.getFirstChild() : pPr.getNextSibling());
        } else {
            p.appendChild(marker);
        }
        return marker;
    }

    /** A comment as compared: its author and its text. */
    private static String key(Element comment) {
        StringBuilder sb = new StringBuilder(String.valueOf(WordXml.attr(comment, "author"))).append('\u0000');
        for (Element p : BodyBlocks.paragraphsIn(comment)) sb.append(ParagraphText.of(p, true).text()).append('\n');
        return sb.toString();
    }
}
