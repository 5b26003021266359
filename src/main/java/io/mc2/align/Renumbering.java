package io.mc2.align;

import io.mc2.redline.RedlineParagraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause numbers that moved because the supplier added, deleted or moved a clause before them.
 * Word processors update cross-references ("clause 5.3") and the Key Terms Schedule's clause
 * cells to the new numbers without a tracked change; such a paragraph is our text, not a silent edit.
 */
public final class Renumbering {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)+(?![\\d]|\\.\\d)");

    /** The supplier's number of a clause to ours, for the clauses whose number changed. */
    private final Map<String, String> ours;

    private Renumbering(Map<String, String> ours) {
        this.ours = ours;
    }

    /**
     * Reads the numbers from the headings: ours from the draft, theirs from the supplier's heading
     * paragraph of the same clause (as accepted and as originally shown).
     */
    static Renumbering of(Map<SegmentKey, List<SentParagraph>> sent, Map<SegmentKey, List<Integer>> paragraphs, List<RedlineParagraph> body) {
        Map<String, String> map = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<SegmentKey, List<SentParagraph>> e : sent.entrySet()) {
            if (e.getKey().kind() != SegmentKey.Kind.CLAUSE) continue;
            String mine = e.getValue().stream().filter(SentParagraph::heading).map(SentParagraph::number).filter(n -> n != null)
                    .map(Renumbering::plain).findFirst().orElse(null);
            if (mine == null) continue;
            for (int i : paragraphs.getOrDefault(e.getKey(), List.of())) {
                RedlineParagraph p = body.get(i);
                if (!SentDraft.isHeading(p)) continue;
                for (String theirs : new String[] {p.numberLabel(), p.originalNumberLabel()}) {
                    if (theirs == null || plain(theirs).equals(mine)) continue;
                    String before = map.putIfAbsent(plain(theirs), mine);
                    if (before != null && !before.equals(mine)) ambiguous.add(plain(theirs));
                }
                break;
            }
        }
        ambiguous.forEach(map::remove);
        return new Renumbering(map);
    }

    /** The numbering of an alignment already made: our headings against the supplier's. */
    public static Renumbering of(Alignment alignment, List<RedlineParagraph> body) {
        Map<SegmentKey, List<SentParagraph>> sent = new java.util.LinkedHashMap<>();
        Map<SegmentKey, List<Integer>> paragraphs = new HashMap<>();
        for (AlignedSegment s : alignment.segments()) {
            sent.put(s.key(), s.sent());
            paragraphs.put(s.key(), s.paragraphs());
        }
        return of(sent, paragraphs, body);
    }

    /** Whether the supplier's paragraph is ours, exactly or with only moved clause numbers. */
    public boolean same(String theirs, String ours) {
        return theirs.equals(ours) || !this.ours.isEmpty() && renumbered(theirs).equals(ours);
    }

    private static String plain(String number) {
        return number.strip().replaceAll("\\.$", "");
    }

    /**
     * The supplier's paragraphs with moved numbers read as ours, each only where that makes the
     * paragraph one of ours exactly: elsewhere a number such as "version 3.1" is left as written.
     */
    List<String> restore(List<String> theirs, List<SentParagraph> sent) {
        if (ours.isEmpty()) return theirs;
        Set<String> mine = new HashSet<>();
        for (SentParagraph p : sent) mine.add(p.text());
        List<String> out = new ArrayList<>(theirs.size());
        for (String t : theirs) {
            String r = renumbered(t);
            out.add(!mine.contains(t) && mine.contains(r) ? r : t);
        }
        return out;
    }

    private String renumbered(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(ours.getOrDefault(m.group(), m.group())));
        m.appendTail(sb);
        return sb.toString();
    }
}
