package io.mc2.compare;

import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories {@code compare} does not compare — headers, footers, footnotes, endnotes, comments,
 * text boxes —
 * read in both documents (accepted view) to say which of them differ: the output keeps A's, so a
 * difference there would otherwise be lost without a word.
 */
final class UncomparedStories {
    private UncomparedStories() {
    }

    static List<CompareResult.Uncompared> between(RedlineDocument a, RedlineDocument b) {
        List<CompareResult.Uncompared> out = new ArrayList<>();
        add(out, "headers", RedlineDocument.paragraphs(a.headers(), View.ACCEPTED), RedlineDocument.paragraphs(b.headers(), View.ACCEPTED));
        add(out, "footers", RedlineDocument.paragraphs(a.footers(), View.ACCEPTED), RedlineDocument.paragraphs(b.footers(), View.ACCEPTED));
        add(out, "footnotes", RedlineDocument.paragraphs(a.footnotes(), View.ACCEPTED),
                RedlineDocument.paragraphs(b.footnotes(), View.ACCEPTED));
        add(out, "endnotes", RedlineDocument.paragraphs(a.endnotes(), View.ACCEPTED), RedlineDocument.paragraphs(b.endnotes(), View.ACCEPTED));
        add(out, "comments", comments(a), comments(b));
        add(out, "text boxes", textBoxes(a), textBoxes(b));
        return out;
    }

    static final String DRAWING_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * Images of two bodies (each picture's bytes, by the relationship its drawing or VML shape
     * names), when they differ: compare carries no image over, so the output keeps A's.
     */
    static List<CompareResult.Uncompared> images(WordPackage pa, org.w3c.dom.Document a, WordPackage pb, org.w3c.dom.Document b) {
        List<CompareResult.Uncompared> out = new ArrayList<>();
        add(out, "images", images(pa, a), images(pb, b));
        return out;
    }

    /** A digest of each picture the main part shows, in document order (a:blip r:embed and v:imagedata r:id). */
    private static List<String> images(WordPackage pkg, org.w3c.dom.Document d) {
        Map<String, String> targets = new HashMap<>();
        for (io.mc2.docx.Relationship r : pkg.relationships(pkg.mainPart())) if (!r.external()) targets.put(r.id(), r.target());
        List<String> out = new ArrayList<>();
        org.w3c.dom.NodeList all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            String id = switch (e.getLocalName()) {
                case "blip" -> e.getAttributeNS(DRAWING_R, "embed");
                case "imagedata" -> e.getAttributeNS(DRAWING_R, "id");
                default -> "";
            };
            if (id.isEmpty()) continue;
            String target = targets.get(id);
            byte[] data = target == null ? null : pkg.part(target);
            out.add(data == null ? "missing:" + id : java.util.HexFormat.of().formatHex(sha256(data)));
        }
        return out;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> textBoxes(RedlineDocument d) {
        List<String> out = new ArrayList<>();
        for (io.mc2.redline.TextBox box : d.textBoxes()) out.addAll(RedlineDocument.paragraphs(box.paragraphs(), View.ACCEPTED));
        return out;
    }

    private static List<String> comments(RedlineDocument d) {
        List<String> out = new ArrayList<>();
        for (Comment c : d.comments()) out.add(c.author() + "\u0000" + c.text());
        return out;
    }

    private static void add(List<CompareResult.Uncompared> out, String story, List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        for (String p : a) left.merge(p, 1, Integer::sum);
        int onlyB = 0;
        for (String p : b) {
            if (left.getOrDefault(p, 0) > 0) left.merge(p, -1, Integer::sum);
            else onlyB++;
        }
        int onlyA = left.values().stream().mapToInt(Integer::intValue).sum();
        if (onlyA + onlyB > 0) out.add(new CompareResult.Uncompared(story, onlyA + onlyB));
    }
}
