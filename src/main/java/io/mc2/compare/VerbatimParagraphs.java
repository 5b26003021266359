package io.mc2.compare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The source text of a parsed part's outermost paragraphs, so that a paragraph nothing changed is
 * written back exactly as it came — attribute order, escapes, empty-element forms — and a redline's
 * difference from its input is only its edits. The DOM keeps attributes sorted by name, so without
 * this every paragraph would be re-spelled.
 *
 * <p>A paragraph is written verbatim only when {@link XmlWriter}'s spelling of it at writing time
 * equals its spelling when parsed: anything changed inside it, however small, is written anew. The
 * source is sliced as text, which is exact only for a part without comments, CDATA or processing
 * instructions that binds the WordprocessingML namespace to {@code w} once; any other part is
 * written as before.
 */
final class VerbatimParagraphs {
    private static final String KEY = "mc2.verbatim";

    private record Kept(String source, String spelled) {
    }

    private final Map<Element, Kept> kept;

    private VerbatimParagraphs(Map<Element, Kept> kept) {
        this.kept = kept;
    }

    /** Records the source of {@code doc}'s paragraphs, parsed from {@code xml}, when it can be sliced exactly. */
    static void record(Document doc, byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        if (!sliceable(text)) return;
        List<String> sources = sources(text);
        Map<Element, String> spelled = XmlWriter.spellParagraphs(doc);
        if (sources.size() != spelled.size()) return;
        Map<Element, Kept> kept = new IdentityHashMap<>(spelled.size() * 2);
        int i = 0;
        for (Map.Entry<Element, String> e : spelled.entrySet()) kept.put(e.getKey(), new Kept(sources.get(i++), e.getValue()));
        doc.setUserData(KEY, new VerbatimParagraphs(kept), null);
    }

    /** The recorded sources of {@code doc}, or null. */
    static VerbatimParagraphs of(Document doc) {
        return (VerbatimParagraphs) doc.getUserData(KEY);
    }

    /** The source of {@code p} when {@code spelledNow} is how it was spelled when parsed; else null. */
    String sourceIfUnchanged(Element p, CharSequence spelledNow) {
        Kept k = kept.get(p);
        return k != null && k.spelled().contentEquals(spelledNow) ? k.source() : null;
    }

    boolean knows(Element p) {
        return kept.containsKey(p);
    }

    private static boolean sliceable(String xml) {
        int body = xml.indexOf("?>");
        String rest = body >= 0 && xml.startsWith("<?xml") ? xml.substring(body + 2) : xml;
        if (rest.contains("<!--") || rest.contains("<![CDATA[") || rest.contains("<?")) return false;
        int w = rest.indexOf("xmlns:w=\"");
        return w >= 0 && rest.indexOf("xmlns:w=\"", w + 1) < 0
                && rest.startsWith("http://schemas.openxmlformats.org/wordprocessingml/2006/main\"", w + 9);
    }

    /** The text of every outermost {@code w:p} element, in document order. */
    static List<String> sources(String xml) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int i = 0;
        while (true) {
            int open = nextOpen(xml, i);
            int close = xml.indexOf("</w:p>", i);
            if (open < 0 && close < 0) break;
            if (open >= 0 && (close < 0 || open < close)) {
                int end = xml.indexOf('>', open);
                if (end < 0) break;
                if (xml.charAt(end - 1) == '/') {
                    if (depth == 0) out.add(xml.substring(open, end + 1));
                } else {
                    if (depth == 0) start = open;
                    depth++;
                }
                i = end + 1;
            } else {
                if (--depth == 0) out.add(xml.substring(start, close + 6));
                if (depth < 0) return List.of();
                i = close + 6;
            }
        }
        return depth == 0 ? out : List.of();
    }

    private static int nextOpen(String xml, int from) {
        for (int i = xml.indexOf("<w:p", from); i >= 0; i = xml.indexOf("<w:p", i + 1)) {
            if (i + 4 >= xml.length()) return -1;
            char c = xml.charAt(i + 4);
            if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n') return i;
        }
        return -1;
    }
}
