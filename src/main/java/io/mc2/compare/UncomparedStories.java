package io.mc2.compare;

import io.mc2.redline.RedlineDocument;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code compare} may leave as A's — headers, footers, footnotes and endnotes it could not
 * pair (read in both documents, accepted view), text boxes and pictures the output does not show as
 * B does — to say which of them differ, so a difference there is never lost without a word.
 * Comments are counted where they are carried ({@link CommentCarrying}).
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
        return out;
    }

    /**
     * Pictures of two bodies (each picture's bytes, by the relationship its drawing or VML shape
     * names), when they differ: {@code a} is the output, read as accepted, so what is reported is
     * a picture that was not carried.
     */
    static List<CompareResult.Uncompared> images(WordPackage pa, org.w3c.dom.Document a, WordPackage pb, org.w3c.dom.Document b) {
        List<CompareResult.Uncompared> out = new ArrayList<>();
        add(out, "images", Pictures.acceptedDigests(pa, pa.mainPart(), a.getDocumentElement()),
                Pictures.acceptedDigests(pb, pb.mainPart(), b.getDocumentElement()));
        return out;
    }

    /**
     * Text boxes of two bodies, when they differ: {@code out} is the output (its boxes read as
     * accepted), so what is reported is a box the comparison did not turn into B's.
     */
    static List<CompareResult.Uncompared> textBoxes(org.w3c.dom.Document out, org.w3c.dom.Document b) {
        List<CompareResult.Uncompared> found = new ArrayList<>();
        add(found, "text boxes", TextBoxes.acceptedTexts(out), TextBoxes.acceptedTexts(b));
        return found;
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
