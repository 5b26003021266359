package io.mc2.align;

import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import io.mc2.diff.WordDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the supplier's paragraphs (as one view shows them) with ours: by a shortest edit script,
 * then by word similarity within each changed stretch (keeping order), then by exact text anywhere
 * (moves made without tracking).
 */
final class ParagraphPairing {
    private static final double PAIRING_SIMILARITY = 0.5;

    private ParagraphPairing() {
    }

    /** For each of {@code theirs}, the index of our paragraph it pairs with, or -1. */
    static int[] pair(List<String> ours, List<String> theirs) {
        int[] pairOf = new int[theirs.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] oursPaired = new boolean[ours.size()];
        List<int[]> blocks = new ArrayList<>();
        List<Edit> script = SequenceDiff.diff(ours, theirs);
        for (int k = 0; k < script.size(); k++) {
            Edit e = script.get(k);
            if (e.op() == Edit.Op.EQUAL) {
                for (int i = 0; i < e.aEnd() - e.aStart(); i++) {
                    pairOf[e.bStart() + i] = e.aStart() + i;
                    oursPaired[e.aStart() + i] = true;
                }
            } else if (e.op() == Edit.Op.DELETE && k + 1 < script.size() && script.get(k + 1).op() == Edit.Op.INSERT) {
                Edit ins = script.get(k + 1);
                blocks.add(new int[] {e.aStart(), e.aEnd(), ins.bStart(), ins.bEnd()});
                k++;
            }
        }
        for (int[] blk : blocks) {
            int next = blk[0];
            for (int j = blk[2]; j < blk[3]; j++) {
                int best = -1;
                double bestScore = PAIRING_SIMILARITY;
                for (int i = next; i < blk[1]; i++) {
                    double s = WordDiff.similarity(ours.get(i), theirs.get(j));
                    if (s >= bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
                if (best >= 0) {
                    pairOf[j] = best;
                    oursPaired[best] = true;
                    next = best + 1;
                }
            }
        }
        Map<String, List<Integer>> unpairedOurs = new HashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            if (!oursPaired[i] && !ours.get(i).isEmpty()) unpairedOurs.computeIfAbsent(ours.get(i), t -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < theirs.size(); j++) {
            if (pairOf[j] >= 0) continue;
            List<Integer> cands = unpairedOurs.get(theirs.get(j));
            if (cands != null && !cands.isEmpty()) {
                pairOf[j] = cands.remove(0);
                oursPaired[pairOf[j]] = true;
            }
        }
        return pairOf;
    }
}
