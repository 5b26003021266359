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
 * is the spelling it had when parsed (the same length and 64-bit hash): anything changed inside
 * it, however small, is written anew. The source is sliced from the part's bytes, which is exact
 * only for a part without comments, CDATA or processing instructions that binds the
 * WordprocessingML namespace to {@code w} once; any other part is written as before. What is kept
 * is small: offsets into the part's bytes (held by the package anyway) and a hash per paragraph.
 */
final class VerbatimParagraphs {
    private static final String KEY = "mc2.verbatim";

    /** Where a paragraph's source is in the part's bytes, and the hash and length of its spelling when parsed. */
    private record Kept(int from, int to, long spelledHash, int spelledLength) {
    }

    private final byte[] xml;
    private final Map<Element, Kept> kept;

    private VerbatimParagraphs(byte[] xml, Map<Element, Kept> kept) {
        this.xml = xml;
        this.kept = kept;
    }

    /** Records the source of {@code doc}'s paragraphs, parsed from {@code xml}, when it can be sliced exactly. */
    static void record(Document doc, byte[] xml) {
        // one char per byte: offsets stay byte offsets, and the JDK's vectorised search does the scanning
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        if (!sliceable(text)) return;
        List<int[]> sources = sources(text);
        Map<Element, long[]> spelled = XmlWriter.spellParagraphs(doc);
        if (sources.size() != spelled.size()) return;
        Map<Element, Kept> kept = new IdentityHashMap<>(spelled.size() * 2);
        int i = 0;
        for (Map.Entry<Element, long[]> e : spelled.entrySet()) {
            int[] at = sources.get(i++);
            kept.put(e.getKey(), new Kept(at[0], at[1], e.getValue()[0], (int) e.getValue()[1]));
        }
        doc.setUserData(KEY, new VerbatimParagraphs(xml, kept), null);
    }

    /** The recorded sources of {@code doc}, or null. */
    static VerbatimParagraphs of(Document doc) {
        return (VerbatimParagraphs) doc.getUserData(KEY);
    }

    boolean knows(Element p) {
        return kept.containsKey(p);
    }

    /** The source of {@code p} when {@code spelledNow} is how it was spelled when parsed; else null. */
    String sourceIfUnchanged(Element p, CharSequence spelledNow) {
        Kept k = kept.get(p);
        if (k == null || k.spelledLength() != spelledNow.length() || k.spelledHash() != hash(spelledNow, 0, spelledNow.length())) return null;
        return new String(xml, k.from(), k.to() - k.from(), StandardCharsets.UTF_8);
    }

    /** FNV-1a over UTF-16 code units: cheap, and two different spellings of one length colliding is a 2^-64 chance. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static boolean sliceable(String xml) {
        int start = 0;
        if (xml.startsWith("<?xml")) {
            int end = xml.indexOf("?>");
            if (end < 0) return false;
            start = end + 2;
        }
        if (xml.indexOf("<!--", start) >= 0 || xml.indexOf("<![CDATA[", start) >= 0 || xml.indexOf("<?", start) >= 0) return false;
        int w = xml.indexOf("xmlns:w=\"", start);
        return w >= 0 && xml.indexOf("xmlns:w=\"", w + 1) < 0
                && xml.startsWith("http://schemas.openxmlformats.org/wordprocessingml/2006/main\"", w + 9);
    }

    /**
     * Where every outermost {@code w:p} element is in the part (start, end), in document order;
     * {@code xml} is the part's bytes read one char per byte.
     */
    static List<int[]> sources(String xml) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int i = 0;
        int open = -2;
        int close = -2;
        while (true) {
            // each search resumes where the last one stopped, so the slicing stays linear in the part's length
            if (open != -1 && open < i) open = nextOpen(xml, i);
            if (close != -1 && close < i) close = xml.indexOf("</w:p>", i);
            if (open < 0 && close < 0) break;
            if (open >= 0 && (close < 0 || open < close)) {
                int end = xml.indexOf('>', open);
                if (end < 0) break;
                if (xml.charAt(end - 1) == '/') {
                    if (depth == 0) out.add(new int[] {open, end + 1});
                } else {
                    if (depth == 0) start = open;
                    depth++;
                }
                i = end + 1;
            } else {
                if (--depth == 0) out.add(new int[] {start, close + 6});
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
