package io.mc2.testing;

import io.mc2.compare.WordPackage;
import io.mc2.docx.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a tracked-changes output is its input's XML as it was: the paragraphs of the output's
 * body that carry no change, each looked for, as raw text, among the paragraphs of the input's
 * body. A redline whose untouched paragraphs are all found touched nothing but its edits.
 */
public record UntouchedParagraphs(int untouched, int kept, List<String> altered) {
    private static final String[] CHANGE_MARKS = {"<w:ins ", "<w:del ", "<w:moveFrom ", "<w:moveTo ", "<w:rPrChange", "<w:pPrChange",
        "<w:moveFromRangeStart", "<w:moveToRangeStart", "<w:commentRangeStart", "<w:commentReference"};

    /** The paragraphs of {@code out} without a change, against those of {@code in}. */
    public static UntouchedParagraphs of(byte[] in, byte[] out) {
        return measure(paragraphs(in), paragraphs(out), p -> true);
    }

    /**
     * Like {@link #of}, for an output that may also accept or rewrite paragraphs without marking
     * them (a counter-redline accepting the supplier's changes): only the output's change-free
     * paragraphs whose text is that of a change-free input paragraph are looked for.
     */
    public static UntouchedParagraphs ofSameText(byte[] in, byte[] out) {
        List<String> original = paragraphs(in).stream().filter(p -> !changed(p)).toList();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (String p : original) texts.add(text(p));
        return measure(original, paragraphs(out), p -> texts.contains(text(p)));
    }

    /** Each change-free paragraph of {@code out} that {@code looked} takes, looked for (once each) among {@code in}. */
    private static UntouchedParagraphs measure(List<String> in, List<String> out, java.util.function.Predicate<String> looked) {
        Map<String, Integer> original = new HashMap<>();
        for (String p : in) original.merge(p, 1, Integer::sum);
        int untouched = 0;
        int kept = 0;
        List<String> altered = new ArrayList<>();
        for (String p : out) {
            if (changed(p) || !looked.test(p)) continue;
            untouched++;
            if (original.getOrDefault(p, 0) > 0) {
                original.merge(p, -1, Integer::sum);
                kept++;
            } else {
                altered.add(p);
            }
        }
        return new UntouchedParagraphs(untouched, kept, altered);
    }

    private static String text(String p) {
        return p.replaceAll("<[^>]*>", "");
    }

    public double share() {
        return untouched == 0 ? 1.0 : (double) kept / untouched;
    }

    private static boolean changed(String p) {
        for (String m : CHANGE_MARKS) if (p.contains(m)) return true;
        return false;
    }

    /** Every w:p of the main part as written, outermost only (a text box's paragraphs stay inside theirs). */
    public static List<String> paragraphs(byte[] docx) {
        WordPackage pkg = WordPackage.read(docx, "docx", ReadLimits.defaults());
        String xml = new String(pkg.part(pkg.mainPart()), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = xml.indexOf("<w:p"); i >= 0; i = xml.indexOf("<w:p", i + 1)) {
            char c = xml.charAt(i + 4);
            if (c != ' ' && c != '>' && c != '/') continue;
            int end = xml.indexOf('>', i);
            boolean empty = xml.charAt(end - 1) == '/';
            if (depth == 0) start = i;
            if (empty) {
                if (depth == 0) out.add(xml.substring(i, end + 1));
                continue;
            }
            depth++;
            int close = xml.indexOf("</w:p>", end);
            int nextOpen = nextParagraph(xml, end);
            while (close >= 0 && (nextOpen < 0 || close < nextOpen)) {
                depth--;
                if (depth == 0) {
                    out.add(xml.substring(start, close + 6));
                    break;
                }
                close = xml.indexOf("</w:p>", close + 1);
            }
            if (depth == 0) i = close;
        }
        return out;
    }

    private static int nextParagraph(String xml, int from) {
        for (int i = xml.indexOf("<w:p", from); i >= 0; i = xml.indexOf("<w:p", i + 1)) {
            char c = xml.charAt(i + 4);
            if (c == ' ' || c == '>' || c == '/') return i;
        }
        return -1;
    }
}
