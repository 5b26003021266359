package io.mc2.align;

import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import io.mc2.diff.WordDiff;
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
    private static final double PAIRING_SIMILARITY = 0.5;

    private ClauseAligner() {
    }

    /** A paragraph of the original view: one or more supplier paragraphs joined by rejected marks. */
    private record Group(List<Integer> members, String text) {
    }

    public static Alignment align(SentDraft sent, RedlineDocument supplier, Set<String> clauseIds) {
        List<RedlineParagraph> body = supplier.body();
        List<Group> groups = originalGroups(body);
        List<SentParagraph> ours = sent.paragraphs().stream().filter(p -> p.segment() != SegmentKey.CONTENTS).toList();
        List<Group> theirs = groups.stream().filter(g -> !g.members().stream().allMatch(i -> SentDraft.isContents(body.get(i))))
                .toList();

        int[] pairOfGroup = new int[theirs.size()];
        java.util.Arrays.fill(pairOfGroup, -1);
        boolean[] oursPaired = new boolean[ours.size()];
        List<String> a = ours.stream().map(SentParagraph::text).toList();
        List<String> b = theirs.stream().map(Group::text).toList();
        List<int[]> blocks = new ArrayList<>();
        List<Edit> script = SequenceDiff.diff(a, b);
        for (int k = 0; k < script.size(); k++) {
            Edit e = script.get(k);
            if (e.op() == Edit.Op.EQUAL) {
                for (int i = 0; i < e.aEnd() - e.aStart(); i++) {
                    pairOfGroup[e.bStart() + i] = e.aStart() + i;
                    oursPaired[e.aStart() + i] = true;
                }
            } else if (e.op() == Edit.Op.DELETE && k + 1 < script.size() && script.get(k + 1).op() == Edit.Op.INSERT) {
                Edit ins = script.get(k + 1);
                blocks.add(new int[] {e.aStart(), e.aEnd(), ins.bStart(), ins.bEnd()});
                k++;
            }
        }
        // changed stretches: pair by similarity, keeping order
        for (int[] blk : blocks) {
            int next = blk[0];
            for (int j = blk[2]; j < blk[3]; j++) {
                int best = -1;
                double bestScore = PAIRING_SIMILARITY;
                for (int i = next; i < blk[1]; i++) {
                    double s = WordDiff.similarity(a.get(i), b.get(j));
                    if (s >= bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
                if (best >= 0) {
                    pairOfGroup[j] = best;
                    oursPaired[best] = true;
                    next = best + 1;
                }
            }
        }
        // moves without tracking: the same text elsewhere
        Map<String, List<Integer>> unpairedOurs = new HashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            if (!oursPaired[i] && !a.get(i).isEmpty()) unpairedOurs.computeIfAbsent(a.get(i), t -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < theirs.size(); j++) {
            if (pairOfGroup[j] >= 0) continue;
            List<Integer> cands = unpairedOurs.get(b.get(j));
            if (cands != null && !cands.isEmpty()) {
                int i = cands.remove(0);
                pairOfGroup[j] = i;
                oursPaired[i] = true;
            }
        }

        // segment of each supplier paragraph
        SegmentKey[] segOf = new SegmentKey[body.size()];
        boolean[] anchoredPara = new boolean[body.size()];
        boolean[] unpaired = new boolean[body.size()];
        SegmentKey current = SegmentKey.DOCUMENT;
        int t = 0;
        for (Group g : groups) {
            boolean contents = g.members().stream().allMatch(i -> SentDraft.isContents(body.get(i)));
            SegmentKey key;
            if (contents) {
                key = SegmentKey.CONTENTS;
            } else {
                int paired = pairOfGroup[t++];
                key = paired >= 0 ? ours.get(paired).segment() : current;
                if (paired < 0 && !g.text().isEmpty()) for (int i : g.members()) unpaired[i] = true;
            }
            String tag = null;
            for (int i : g.members()) {
                String x = SentDraft.clauseTag(body.get(i), clauseIds);
                if (x != null) {
                    tag = x;
                    anchoredPara[i] = true;
                }
            }
            if (tag != null) key = SegmentKey.clause(tag);
            for (int i : g.members()) segOf[i] = key;
            if (key != SegmentKey.CONTENTS) current = key;
        }
        // inserted paragraphs go with the paragraph before them (in the original view they join the next one)
        SegmentKey last = SegmentKey.DOCUMENT;
        for (int i = 0; i < body.size(); i++) {
            RedlineParagraph p = body.get(i);
            boolean insertedOnly = Text.normalise(p.text(View.ORIGINAL)).isEmpty() && !Text.normalise(p.text(View.ACCEPTED)).isEmpty();
            if (segOf[i] == null || (insertedOnly && !anchoredPara[i] && segOf[i] != SegmentKey.CONTENTS)) segOf[i] = last;
            if (segOf[i] != SegmentKey.CONTENTS) last = segOf[i];
        }

        // moved paragraphs recorded as tracked moves or delete + insert of the same text
        Map<String, SegmentKey> removedText = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
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
            if (!isNew(body.get(i), unpaired[i]) || movedHere[i] || !SentDraft.isHeading(body.get(i))) continue;
            List<Integer> members = new ArrayList<>(List.of(i));
            int j = i + 1;
            while (j < body.size() && isNew(body.get(j), unpaired[j]) && !movedHere[j] && !SentDraft.isHeading(body.get(j))) {
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

    /** Whether a paragraph exists only in the supplier's document: inserted, or original text we never sent. */
    private static boolean isNew(RedlineParagraph p, boolean unpairedOriginal) {
        boolean hasAccepted = !Text.normalise(p.text(View.ACCEPTED)).isEmpty();
        return hasAccepted && (unpairedOriginal || Text.normalise(p.text(View.ORIGINAL)).isEmpty());
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

    private static List<Group> originalGroups(List<RedlineParagraph> body) {
        List<Group> groups = new ArrayList<>();
        List<Integer> members = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            RedlineParagraph p = body.get(i);
            members.add(i);
            if (!p.presentIn(View.ORIGINAL)) continue;
            sb.append(p.text(View.ORIGINAL));
            if (p.markPresentIn(View.ORIGINAL)) {
                groups.add(new Group(List.copyOf(members), Text.normalise(sb.toString())));
                members.clear();
                sb.setLength(0);
            }
        }
        if (!members.isEmpty()) groups.add(new Group(List.copyOf(members), Text.normalise(sb.toString())));
        return groups;
    }

}
