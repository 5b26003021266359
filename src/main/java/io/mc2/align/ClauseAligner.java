package io.mc2.align;

import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps every paragraph of a supplier's document to a clause (or definition, or other part) of the
 * draft we sent.
 *
 * <p>The supplier's <em>original</em> view (all changes rejected) should equal what we sent, so it
 * is aligned with our paragraphs by a shortest edit script; paragraphs that differ are paired by
 * word similarity within each changed stretch, then by exact text anywhere (moves). Our content
 * controls and heading bookmarks, where another word processor kept them, decide over text.
 * Paragraphs the supplier added go with the paragraph before them, unless they open with a heading,
 * which makes them a novel block. Clause numbers that moved with an added, deleted or moved clause
 * are read as ours ({@link Renumbering}).
 */
public final class ClauseAligner {
    private ClauseAligner() {
    }

    /** A paragraph of the original view: one or more supplier paragraphs joined by rejected marks. */
    private record Group(List<Integer> members, String text) {
    }

    /**
     * Aligns the supplier's document with the draft we sent, reading it by its markup or by its
     * content, whichever explains it with fewer changes (see {@link ContentReading}).
     */
    public static Alignment align(SentDraft sent, RedlineDocument supplier, Set<String> clauseIds) {
        Alignment byMarkup = align(sent, supplier, clauseIds, View.ORIGINAL);
        if (supplier.revisions().isEmpty()) return byMarkup;
        return ContentReading.choose(byMarkup, align(sent, supplier, clauseIds, View.ACCEPTED));
    }

    /**
     * Aligns the supplier's paragraphs as {@code base} shows them with ours. ORIGINAL (the markup
     * reading): all changes rejected should give our text, and what the changes add goes with the
     * paragraph before it. ACCEPTED (the content reading): the supplier's proposal is paired with our
     * text directly, whatever markup got it there, so a clause deleted and re-inserted unchanged is
     * no change.
     */
    static Alignment align(SentDraft sent, RedlineDocument supplier, Set<String> clauseIds, View base) {
        List<RedlineParagraph> body = supplier.body();
        List<Group> groups = groups(body, base);
        List<SentParagraph> ours = sent.paragraphs().stream().filter(p -> p.segment() != SegmentKey.CONTENTS).toList();
        List<Group> theirs = groups.stream().filter(g -> !g.members().stream().allMatch(i -> SentDraft.isContents(body.get(i))))
                .toList();

        int[] pairOfGroup = ParagraphPairing.pair(ours.stream().map(SentParagraph::text).toList(),
                theirs.stream().map(Group::text).toList());

        // segment of each supplier paragraph
        SegmentKey[] segOf = new SegmentKey[body.size()];
        boolean[] anchoredPara = new boolean[body.size()];
        boolean[] unpaired = new boolean[body.size()];
        SegmentKey current = SegmentKey.DOCUMENT;
        // a line of our table of contents is contents whatever style another engine left on it
        Set<String> contentsLines = new java.util.HashSet<>();
        for (SentParagraph p : sent.paragraphs()) if (p.segment() == SegmentKey.CONTENTS) contentsLines.add(p.text());
        int t = 0;
        for (Group g : groups) {
            boolean contents = g.members().stream().allMatch(i -> SentDraft.isContents(body.get(i)));
            SegmentKey key;
            if (contents) {
                key = SegmentKey.CONTENTS;
            } else {
                int paired = pairOfGroup[t++];
                key = paired >= 0 ? ours.get(paired).segment() : contentsLines.contains(g.text()) ? SegmentKey.CONTENTS : current;
                if (paired < 0 && key != SegmentKey.CONTENTS && !g.text().isEmpty()) for (int i : g.members()) unpaired[i] = true;
            }
            String tag = null;
            Map<Integer, SegmentKey> ownAnchor = new HashMap<>();
            for (int i : g.members()) {
                // read by content, a deleted paragraph joins the next one; its anchors went with its text
                if (base == View.ACCEPTED && Text.normalise(body.get(i).text(base)).isEmpty()) continue;
                String x = SentDraft.clauseTag(body.get(i), clauseIds);
                if (x == null) continue;
                anchoredPara[i] = true;
                // read by markup, an inserted paragraph joins the next one too, but its anchor is its own: a clause
                // heading moved here (w:moveTo, w:ins) must not claim the paragraph that follows its new place
                if (base == View.ORIGINAL && insertedOnly(body.get(i), base)) ownAnchor.put(i, SegmentKey.clause(x));
                else tag = x;
            }
            if (tag != null) key = SegmentKey.clause(tag);
            for (int i : g.members()) segOf[i] = ownAnchor.getOrDefault(i, key);
            if (key != SegmentKey.CONTENTS) current = key;
        }
        // inserted paragraphs go with the paragraph before them (in the original view they join the next one)
        SegmentKey last = SegmentKey.DOCUMENT;
        for (int i = 0; i < body.size(); i++) {
            boolean insertedOnly = insertedOnly(body.get(i), base);
            if (segOf[i] == null || (insertedOnly && !anchoredPara[i] && segOf[i] != SegmentKey.CONTENTS)) segOf[i] = last;
            if (segOf[i] != SegmentKey.CONTENTS) last = segOf[i];
        }

        // moved paragraphs recorded as tracked moves or delete + insert of the same text
        Map<String, SegmentKey> removedText = new HashMap<>();
        for (int i = 0; base == View.ORIGINAL && i < body.size(); i++) {
            RedlineParagraph p = body.get(i);
            String acc = Text.normalise(p.text(View.ACCEPTED));
            String org = Text.normalise(p.text(View.ORIGINAL));
            if (acc.isEmpty() && !org.isEmpty()) removedText.put(org, segOf[i]);
        }
        boolean[] movedHere = new boolean[body.size()];
        for (int i = 0; i < body.size(); i++) {
            RedlineParagraph p = body.get(i);
            String acc = Text.normalise(p.text(View.ACCEPTED));
            String org = Text.normalise(p.text(View.ORIGINAL));
            if (org.isEmpty() && !acc.isEmpty() && removedText.containsKey(acc) && !removedText.get(acc).equals(segOf[i])) {
                segOf[i] = removedText.get(acc);
                movedHere[i] = true;
            }
        }

        // novel blocks: new paragraphs (tracked or silent) opening with a heading
        List<NovelBlock> novel = new ArrayList<>();
        Set<Integer> inNovel = new LinkedHashSet<>();
        for (int i = 0; i < body.size(); i++) {
            // a heading carrying our anchor is our clause at a new place (a tracked move), never novel text
            if (!isNew(body.get(i), unpaired[i], base) || movedHere[i] || anchoredPara[i] || !SentDraft.isHeading(body.get(i))) continue;
            List<Integer> members = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (j < body.size() && isNew(body.get(j), unpaired[j], base) && !movedHere[j] && !SentDraft.isHeading(body.get(j))) {
                members.add(j++);
            }
            boolean tracked = members.stream().anyMatch(m -> body.get(m).changed());
            // it follows whatever stands before it (an inserted paragraph's original text joins the next one)
            SegmentKey after = SegmentKey.DOCUMENT;
            for (int k = i - 1; k >= 0; k--) {
                if (!inNovel.contains(k) && segOf[k] != SegmentKey.CONTENTS) {
                    after = segOf[k];
                    break;
                }
            }
            novel.add(new NovelBlock(members, members.stream().map(m -> Text.normalise(body.get(m).text(View.ACCEPTED))).toList(),
                    tracked, after));
            inNovel.addAll(members);
            i = j - 1;
        }

        // segments in our order
        Map<SegmentKey, List<SentParagraph>> sentBySeg = new LinkedHashMap<>();
        for (SentParagraph p : sent.paragraphs()) {
            if (p.segment() != SegmentKey.CONTENTS) sentBySeg.computeIfAbsent(p.segment(), k -> new ArrayList<>()).add(p);
        }
        Map<SegmentKey, List<Integer>> parasBySeg = new LinkedHashMap<>();
        Map<Integer, SegmentKey> segmentOfParagraph = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            if (inNovel.contains(i) || segOf[i] == SegmentKey.CONTENTS) continue;
            parasBySeg.computeIfAbsent(segOf[i], k -> new ArrayList<>()).add(i);
            segmentOfParagraph.put(i, segOf[i]);
        }
        Set<SegmentKey> moved = movedSegments(sentBySeg.keySet().stream().toList(), parasBySeg, body);
        for (int i = 0; i < body.size(); i++) if (movedHere[i]) moved.add(segOf[i]);

        Renumbering numbers = Renumbering.of(sentBySeg, parasBySeg, body);
        List<AlignedSegment> segments = new ArrayList<>();
        for (Map.Entry<SegmentKey, List<SentParagraph>> e : sentBySeg.entrySet()) {
            List<Integer> paras = parasBySeg.getOrDefault(e.getKey(), List.of());
            boolean tracked = paras.stream().anyMatch(i -> body.get(i).changed());
            boolean anchored = paras.stream().anyMatch(i -> anchoredPara[i]);
            segments.add(new AlignedSegment(e.getKey(), e.getValue(), paras,
                    numbers.restore(viewParagraphs(body, paras, View.ORIGINAL), e.getValue()),
                    numbers.restore(viewParagraphs(body, paras, View.ACCEPTED), e.getValue()), tracked, moved.contains(e.getKey()), anchored));
        }
        return new Alignment(segments, novel, segmentOfParagraph);
    }

    /** Whether a paragraph has text only in the view other than {@code base}: inserted, read by markup. */
    private static boolean insertedOnly(RedlineParagraph p, View base) {
        View other = base == View.ORIGINAL ? View.ACCEPTED : View.ORIGINAL;
        return Text.normalise(p.text(base)).isEmpty() && !Text.normalise(p.text(other)).isEmpty();
    }

    /**
     * Whether a paragraph exists only in the supplier's document: inserted, or text we never sent.
     * Read by content, an inserted paragraph whose text is ours is not new.
     */
    private static boolean isNew(RedlineParagraph p, boolean unpaired, View base) {
        boolean hasAccepted = !Text.normalise(p.text(View.ACCEPTED)).isEmpty();
        if (base == View.ACCEPTED) return hasAccepted && unpaired;
        return hasAccepted && (unpaired || Text.normalise(p.text(View.ORIGINAL)).isEmpty());
    }

    /** Segments whose place among the others changed, judged by the first accepted paragraph of each. */
    private static Set<SegmentKey> movedSegments(List<SegmentKey> ourOrder, Map<SegmentKey, List<Integer>> parasBySeg,
                                                 List<RedlineParagraph> body) {
        List<SegmentKey> theirOrder = new ArrayList<>();
        Map<SegmentKey, Integer> first = new HashMap<>();
        for (SegmentKey k : ourOrder) {
            if (k.kind() != SegmentKey.Kind.CLAUSE) continue;
            for (int i : parasBySeg.getOrDefault(k, List.of())) {
                if (!Text.normalise(body.get(i).text(View.ACCEPTED)).isEmpty()) {
                    first.put(k, i);
                    break;
                }
            }
        }
        first.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> theirOrder.add(e.getKey()));
        List<SegmentKey> ourClauses = ourOrder.stream().filter(first::containsKey).toList();
        Set<SegmentKey> moved = new LinkedHashSet<>();
        for (Edit e : SequenceDiff.diff(ourClauses, theirOrder)) {
            if (e.op() == Edit.Op.INSERT) moved.addAll(theirOrder.subList(e.bStart(), e.bEnd()));
        }
        return moved;
    }

    /** The paragraphs of a view among the given supplier paragraphs, joining those whose marks the view removes. */
    static List<String> viewParagraphs(List<RedlineParagraph> body, List<Integer> paras, View view) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean open = false;
        for (int i : paras) {
            RedlineParagraph p = body.get(i);
            if (!p.presentIn(view)) continue;
            sb.append(p.text(view));
            open = true;
            if (p.markPresentIn(view)) {
                String s = Text.normalise(sb.toString());
                if (!s.isEmpty()) out.add(s);
                sb.setLength(0);
                open = false;
            }
        }
        if (open) {
            String s = Text.normalise(sb.toString());
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** The paragraphs as a view shows them: supplier paragraphs joined where the view removes a mark. */
    private static List<Group> groups(List<RedlineParagraph> body, View view) {
        List<Group> groups = new ArrayList<>();
        List<Integer> members = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            RedlineParagraph p = body.get(i);
            members.add(i);
            if (!p.presentIn(view)) continue;
            sb.append(p.text(view));
            if (p.markPresentIn(view)) {
                groups.add(new Group(List.copyOf(members), Text.normalise(sb.toString())));
                members.clear();
                sb.setLength(0);
            }
        }
        if (!members.isEmpty()) groups.add(new Group(List.copyOf(members), Text.normalise(sb.toString())));
        return groups;
    }

}
