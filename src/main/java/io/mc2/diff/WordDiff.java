package io.mc2.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts: the texts are split into words, runs of white space
 * and single punctuation marks, and the shortest edit script over those tokens is returned as
 * text pieces. Concatenating the EQUAL and DELETE pieces gives the old text; EQUAL and INSERT the new.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** A piece of a word diff. */
    public record Piece(Edit.Op op, String text) {
    }

    public static List<Piece> diff(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<Piece> out = new ArrayList<>();
        for (Edit e : absorbLoneSpaces(SequenceDiff.diff(ta, tb), ta)) {
            switch (e.op()) {
                case EQUAL -> out.add(new Piece(Edit.Op.EQUAL, String.join("", ta.subList(e.aStart(), e.aEnd()))));
                case DELETE -> out.add(new Piece(Edit.Op.DELETE, String.join("", ta.subList(e.aStart(), e.aEnd()))));
                case INSERT -> out.add(new Piece(Edit.Op.INSERT, String.join("", tb.subList(e.bStart(), e.bEnd()))));
            }
        }
        return factorCommonAffixes(out);
    }

    /** Moves tokens that a replacement's deletion and insertion share at either end into the text around it. */
    static List<Piece> factorCommonAffixes(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).op() != Edit.Op.DELETE || out.get(i + 1).op() != Edit.Op.INSERT) continue;
            List<String> d = tokens(out.get(i).text());
            List<String> n = tokens(out.get(i + 1).text());
            int pre = 0;
            while (pre < d.size() - 1 && pre < n.size() - 1 && d.get(pre).equals(n.get(pre))) pre++;
            int suf = 0;
            while (suf < d.size() - pre - 1 && suf < n.size() - pre - 1
                    && d.get(d.size() - 1 - suf).equals(n.get(n.size() - 1 - suf))) suf++;
            if (pre == 0 && suf == 0) continue;
            String prefix = String.join("", d.subList(0, pre));
            String suffix = String.join("", d.subList(d.size() - suf, d.size()));
            out.set(i, new Piece(Edit.Op.DELETE, String.join("", d.subList(pre, d.size() - suf))));
            out.set(i + 1, new Piece(Edit.Op.INSERT, String.join("", n.subList(pre, n.size() - suf))));
            if (!suffix.isEmpty()) {
                if (i + 2 < out.size() && out.get(i + 2).op() == Edit.Op.EQUAL) {
                    out.set(i + 2, new Piece(Edit.Op.EQUAL, suffix + out.get(i + 2).text()));
                } else {
                    out.add(i + 2, new Piece(Edit.Op.EQUAL, suffix));
                }
            }
            if (!prefix.isEmpty()) {
                if (i > 0 && out.get(i - 1).op() == Edit.Op.EQUAL) {
                    out.set(i - 1, new Piece(Edit.Op.EQUAL, out.get(i - 1).text() + prefix));
                } else {
                    out.add(i, new Piece(Edit.Op.EQUAL, prefix));
                    i++;
                }
            }
        }
        return out;
    }

    /** White space, or up to three characters of spaces and punctuation, such as " (" in "thirty (30)". */
    private static boolean isGlue(List<String> tokens) {
        String s = String.join("", tokens);
        if (s.isBlank()) return true;
        return s.length() <= 3 && s.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A run of white space (or a little punctuation) alone between two changes reads better as part of them ("deliver" →
     * "make available", not "make" + " " + "available"): such runs become a deletion and an insertion.
     */
    static List<Edit> absorbLoneSpaces(List<Edit> edits, List<String> ta) {
        List<Edit> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            boolean between = i > 0 && i < edits.size() - 1 && edits.get(i - 1).op() != Edit.Op.EQUAL
                    && edits.get(i + 1).op() != Edit.Op.EQUAL;
            if (e.op() == Edit.Op.EQUAL && between && isGlue(ta.subList(e.aStart(), e.aEnd()))) {
                out.add(new Edit(Edit.Op.DELETE, e.aStart(), e.aEnd(), e.bStart(), e.bStart()));
                out.add(new Edit(Edit.Op.INSERT, e.aEnd(), e.aEnd(), e.bStart(), e.bEnd()));
                changed = true;
            } else {
                out.add(e);
            }
        }
        return changed ? SequenceDiff.merge(out) : edits;
    }

    /** Words (letters, digits, apostrophes and inner hyphens), white-space runs, and single other characters. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                while (i < n) {
                    int c = s.codePointAt(i);
                    boolean inner = (c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetterOrDigit(s.codePointAt(i + 1));
                    if (!Character.isLetterOrDigit(c) && !inner) break;
                    i += Character.charCount(c);
                }
            } else if (Character.isWhitespace(cp)) {
                while (i < n && Character.isWhitespace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            } else {
                i += Character.charCount(cp);
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** How similar two texts are by words: 2·|common tokens| / (|a| + |b|), in [0, 1]. */
    public static double similarity(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() && tb.isEmpty()) return 1.0;
        int common = 0;
        for (Edit e : SequenceDiff.diff(ta, tb)) if (e.op() == Edit.Op.EQUAL) common += e.aEnd() - e.aStart();
        return 2.0 * common / (ta.size() + tb.size());
    }
}
