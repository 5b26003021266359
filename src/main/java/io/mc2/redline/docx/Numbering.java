package io.mc2.redline.docx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * numbering.xml and the labels Word shows for numbered paragraphs ("3.2", "(a)", "IV."). Counters
 * belong to the abstract numbering definition, so several numbering instances of one definition
 * continue each other unless an instance overrides a start value.
 */
final class Numbering {

    private static final int LEVELS = 9;

    record Level(int start, String format, String text, boolean legal, String pStyle) {
    }

    private static final class Abstract {
        final Level[] levels = new Level[LEVELS];
        String numStyleLink;
    }

    private static final class Instance {
        String abstractId;
        final Map<Integer, Integer> startOverrides = new HashMap<>();
    }

    private final Map<String, Abstract> abstracts = new HashMap<>();
    private final Map<Integer, Instance> instances = new HashMap<>();

    static Numbering empty() {
        return new Numbering();
    }

    static Numbering read(Path file, String part, byte[] data) {
        Numbering n = new Numbering();
        if (data == null) return n;
        XMLStreamReader x = Xml.open(file, part, data);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !Xml.isWord(x.getNamespaceURI())) continue;
                if (x.getLocalName().equals("abstractNum")) n.abstractNum(x);
                else if (x.getLocalName().equals("num")) n.num(x);
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, part, e);
        }
        return n;
    }

    private void abstractNum(XMLStreamReader x) throws XMLStreamException {
        String id = Xml.attr(x, "abstractNumId");
        Abstract a = new Abstract();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) depth--;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            if (depth == 2 && x.getLocalName().equals("lvl")) {
                Integer ilvl = Styles.number(Xml.attr(x, "ilvl"));
                Level l = level(x);
                depth--;
                if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) a.levels[ilvl] = l;
            } else if (depth == 2 && x.getLocalName().equals("numStyleLink")) {
                a.numStyleLink = Xml.attr(x, "val");
            }
        }
        if (id != null) abstracts.putIfAbsent(id, a);
    }

    private static Level level(XMLStreamReader x) throws XMLStreamException {
        int start = 1;
        String format = "decimal", text = null, pStyle = null;
        boolean legal = false;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) depth--;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            if (depth != 2) continue;
            switch (x.getLocalName()) {
                case "start" -> {
                    Integer v = Styles.number(Xml.attr(x, "val"));
                    if (v != null) start = v;
                }
                case "numFmt" -> format = Xml.attr(x, "val") == null ? "decimal" : Xml.attr(x, "val");
                case "lvlText" -> text = Xml.attr(x, "val");
                case "isLgl" -> legal = !"0".equals(Xml.attr(x, "val")) && !"false".equals(Xml.attr(x, "val"));
                case "pStyle" -> pStyle = Xml.attr(x, "val");
                default -> { }
            }
        }
        return new Level(start, format, text == null ? "" : text, legal, pStyle);
    }

    private void num(XMLStreamReader x) throws XMLStreamException {
        Integer numId = Styles.number(Xml.attr(x, "numId"));
        Instance in = new Instance();
        int depth = 1;
        Integer overrideLevel = null;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) depth--;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            String local = x.getLocalName();
            if (depth == 2 && local.equals("abstractNumId")) in.abstractId = Xml.attr(x, "val");
            else if (depth == 2 && local.equals("lvlOverride")) overrideLevel = Styles.number(Xml.attr(x, "ilvl"));
            else if (depth == 3 && local.equals("startOverride") && overrideLevel != null) {
                Integer v = Styles.number(Xml.attr(x, "val"));
                if (v != null) in.startOverrides.put(overrideLevel, v);
            }
        }
        if (numId != null) instances.putIfAbsent(numId, in);
    }

    /** The level of an instance that a paragraph style is linked to (lvl/pStyle), or -1. */
    int levelOfStyle(int numId, String styleId, Styles styles) {
        Abstract a = resolve(numId, styles);
        if (a == null || styleId == null) return -1;
        for (int i = 0; i < LEVELS; i++) if (a.levels[i] != null && styleId.equals(a.levels[i].pStyle())) return i;
        return -1;
    }

    private String abstractIdOf(int numId, Styles styles) {
        Instance in = instances.get(numId);
        if (in == null) return null;
        String id = in.abstractId;
        // a numbering style link points through a style to another instance (bounded: links can cycle)
        for (int guard = 0; guard < 8 && id != null; guard++) {
            Abstract a = abstracts.get(id);
            if (a == null || a.numStyleLink == null) return id;
            int[] viaStyle = styles.numbering(a.numStyleLink);
            Instance target = viaStyle == null ? null : instances.get(viaStyle[0]);
            if (target == null || target.abstractId == null || target.abstractId.equals(id)) return id;
            id = target.abstractId;
        }
        return id;
    }

    private Abstract resolve(int numId, Styles styles) {
        String id = abstractIdOf(numId, styles);
        return id == null ? null : abstracts.get(id);
    }

    /** Counts paragraphs of one view in reading order and gives each numbered one its label. */
    final class Counter {
        private final Styles styles;
        private final Map<String, int[]> counters = new HashMap<>();
        private final Map<String, boolean[]> started = new HashMap<>();
        private final java.util.Set<Integer> seenInstances = new java.util.HashSet<>();

        Counter(Styles styles) {
            this.styles = styles;
        }

        /** Label of the next paragraph with this numbering; null when the instance or level is unknown. */
        String next(int numId, int ilvl) {
            if (numId == 0 || ilvl < 0 || ilvl >= LEVELS) return null;
            Instance in = instances.get(numId);
            String absId = abstractIdOf(numId, styles);
            Abstract a = absId == null ? null : abstracts.get(absId);
            if (in == null || a == null || a.levels[ilvl] == null) return null;
            int[] count = counters.computeIfAbsent(absId, k -> new int[LEVELS]);
            boolean[] on = started.computeIfAbsent(absId, k -> new boolean[LEVELS]);
            if (seenInstances.add(numId)) {
                for (Integer l : in.startOverrides.keySet()) if (l >= 0 && l < LEVELS) on[l] = false;
            }
            count[ilvl] = on[ilvl] ? count[ilvl] + 1 : start(in, a, ilvl);
            on[ilvl] = true;
            for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) on[deeper] = false;
            return label(in, a, ilvl, count, on);
        }

        private int start(Instance in, Abstract a, int level) {
            Integer o = in.startOverrides.get(level);
            if (o != null) return o;
            return a.levels[level] == null ? 1 : a.levels[level].start();
        }

        private String label(Instance in, Abstract a, int ilvl, int[] count, boolean[] on) {
            Level lvl = a.levels[ilvl];
            if ("bullet".equals(lvl.format())) return lvl.text();
            if ("none".equals(lvl.format())) return "";
            String t = lvl.text();
            StringBuilder sb = new StringBuilder(t.length() + 4);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                    int ref = t.charAt(++i) - '1';
                    Level refLevel = a.levels[ref];
                    int value = ref <= ilvl && on[ref] ? count[ref] : start(in, a, ref);
                    String format = refLevel == null ? "decimal" : refLevel.format();
                    if (lvl.legal() && ref < ilvl) format = "decimal";
                    sb.append(format(value, format));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    static String format(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "ordinal" -> n + ordinalSuffix(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    /** Word's letters repeat after z: a..z, aa..zz, aaa... */
    private static String letters(int n, char base) {
        if (n <= 0) return Integer.toString(n);
        int repeat = (n - 1) / 26 + 1;
        char c = (char) (base + (n - 1) % 26);
        return String.valueOf(c).repeat(Math.min(repeat, 100));
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    private static String ordinalSuffix(int n) {
        int m = Math.abs(n) % 100;
        if (m >= 11 && m <= 13) return "th";
        return switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
