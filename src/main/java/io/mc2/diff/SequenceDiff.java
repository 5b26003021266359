package io.mc2.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest edit scripts between two sequences (Myers' O(ND) algorithm, after trimming the common
 * prefix and suffix). Elements are compared with {@code equals}.
 */
public final class SequenceDiff {
    private SequenceDiff() {
    }

    /** The edit script turning {@code a} into {@code b}, with runs merged and deletions before insertions. */
    public static <T> List<Edit> diff(List<T> a, List<T> b) {
        Map<T, Integer> ids = new HashMap<>();
        int[] x = new int[a.size()];
        int[] y = new int[b.size()];
        for (int i = 0; i < x.length; i++) x[i] = ids.computeIfAbsent(a.get(i), k -> ids.size());
        for (int i = 0; i < y.length; i++) y[i] = ids.computeIfAbsent(b.get(i), k -> ids.size());
        return diff(x, y);
    }

    /** The edit script between two arrays of symbols. */
    public static List<Edit> diff(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int pre = 0;
        while (pre < n && pre < m && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf]) suf++;
        List<Edit> out = new ArrayList<>();
        if (pre > 0) out.add(new Edit(Edit.Op.EQUAL, 0, pre, 0, pre));
        middle(a, pre, n - suf, b, pre, m - suf, out);
        if (suf > 0) out.add(new Edit(Edit.Op.EQUAL, n - suf, n, m - suf, m));
        return merge(out);
    }

    /**
     * Beyond this many differences the search stops and the rest of the span is written as one
     * deletion and one insertion: still a correct edit script, only a coarser one. Bounds the time
     * (about D squared steps) and the trace (D squared ints, 64 MiB) that a hostile document can cost.
     */
    static final int MAX_DIFFERENCES = 4000;

    /** Spans longer than this are first stripped of the symbols only one side has. */
    static final int FILTER_ABOVE = 4000;

    private static void middle(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Edit> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 && m == 0) return;
        if (n == 0) {
            out.add(new Edit(Edit.Op.INSERT, a0, a0, b0, b1));
            return;
        }
        if (m == 0) {
            out.add(new Edit(Edit.Op.DELETE, a0, a1, b0, b0));
            return;
        }
        if (n + m > FILTER_ABOVE) {
            filtered(a, a0, a1, b, b0, b1, out);
            return;
        }
        if (!myers(a, a0, a1, b, b0, b1, out)) replace(a0, a1, b0, b1, out);
    }

    /**
     * A symbol only one side holds can never be matched, so leaving those out does not change the
     * longest common subsequence; on large spans (a pasted-in block of new text) it shrinks the
     * search to what the two sides share.
     */
    private static void filtered(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Edit> out) {
        java.util.Set<Integer> inA = new java.util.HashSet<>();
        for (int i = a0; i < a1; i++) inA.add(a[i]);
        java.util.Set<Integer> inB = new java.util.HashSet<>();
        for (int j = b0; j < b1; j++) if (inA.contains(b[j])) inB.add(b[j]);
        int[] ai = keep(a, a0, a1, inB);
        int[] bi = keep(b, b0, b1, inB);
        int[] fa = new int[ai.length];
        int[] fb = new int[bi.length];
        for (int i = 0; i < ai.length; i++) fa[i] = a[ai[i]];
        for (int j = 0; j < bi.length; j++) fb[j] = b[bi[j]];
        List<Edit> edits = new ArrayList<>();
        if (fa.length > 0 && fb.length > 0 && !myers(fa, 0, fa.length, fb, 0, fb.length, edits)) edits.clear();
        // rebuild the script over the whole span from the matched pairs
        int x = a0;
        int y = b0;
        for (Edit e : edits) {
            if (e.op() != Edit.Op.EQUAL) continue;
            for (int k = 0; k < e.aEnd() - e.aStart(); k++) {
                int pa = ai[e.aStart() + k];
                int pb = bi[e.bStart() + k];
                replace(x, pa, y, pb, out);
                out.add(new Edit(Edit.Op.EQUAL, pa, pa + 1, pb, pb + 1));
                x = pa + 1;
                y = pb + 1;
            }
        }
        replace(x, a1, y, b1, out);
    }

    private static int[] keep(int[] s, int from, int to, java.util.Set<Integer> shared) {
        int[] idx = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) if (shared.contains(s[i])) idx[n++] = i;
        return java.util.Arrays.copyOf(idx, n);
    }

    private static void replace(int a0, int a1, int b0, int b1, List<Edit> out) {
        if (a1 > a0) out.add(new Edit(Edit.Op.DELETE, a0, a1, b0, b0));
        if (b1 > b0) out.add(new Edit(Edit.Op.INSERT, a1, a1, b0, b1));
    }

    /**
     * Myers' greedy forward algorithm with a saved trace, then a backtrack. The trace keeps only the
     * diagonals each step can reach. False (and nothing added) when the span needs more than
     * {@link #MAX_DIFFERENCES} edits.
     */
    private static boolean myers(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Edit> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        int max = n + m;
        int offset = max;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int dFound = -1;
        outer:
        for (int d = 0; d <= max; d++) {
            if (d > MAX_DIFFERENCES) return false;
            trace.add(java.util.Arrays.copyOfRange(v, offset - d, offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int xx;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) xx = v[offset + k + 1];
                else xx = v[offset + k - 1] + 1;
                int yy = xx - k;
                while (xx < n && yy < m && a[a0 + xx] == b[b0 + yy]) {
                    xx++;
                    yy++;
                }
                v[offset + k] = xx;
                if (xx >= n && yy >= m) {
                    dFound = d;
                    break outer;
                }
            }
        }
        // backtrack from (n, m) to (0, 0); trace.get(d)[k + d] is diagonal k before step d
        List<Edit> rev = new ArrayList<>();
        int xx = n;
        int yy = m;
        for (int d = dFound; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = xx - yy;
            int prevK = (k == -d || (k != d && vd[k - 1 + d] < vd[k + 1 + d])) ? k + 1 : k - 1;
            int prevX = vd[prevK + d];
            int prevY = prevX - prevK;
            int snakeStartX = prevK == k + 1 ? prevX : prevX + 1;
            int snakeStartY = snakeStartX - k;
            if (xx > snakeStartX) rev.add(new Edit(Edit.Op.EQUAL, a0 + snakeStartX, a0 + xx, b0 + snakeStartY, b0 + yy));
            if (prevK == k + 1) rev.add(new Edit(Edit.Op.INSERT, a0 + prevX, a0 + prevX, b0 + prevY, b0 + prevY + 1));
            else rev.add(new Edit(Edit.Op.DELETE, a0 + prevX, a0 + prevX + 1, b0 + prevY, b0 + prevY));
            xx = prevX;
            yy = prevY;
        }
        if (xx > 0) rev.add(new Edit(Edit.Op.EQUAL, a0, a0 + xx, b0, b0 + yy));
        for (int i = rev.size() - 1; i >= 0; i--) out.add(rev.get(i));
        return true;
    }

    /** Merges adjacent edits of the same kind; within a change, deletions come before insertions. */
    static List<Edit> merge(List<Edit> edits) {
        List<Edit> out = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            Edit e = edits.get(i);
            if (e.op() == Edit.Op.EQUAL) {
                int aEnd = e.aEnd();
                int bEnd = e.bEnd();
                int j = i + 1;
                while (j < edits.size() && edits.get(j).op() == Edit.Op.EQUAL) {
                    aEnd = edits.get(j).aEnd();
                    bEnd = edits.get(j).bEnd();
                    j++;
                }
                if (aEnd > e.aStart() || bEnd > e.bStart()) out.add(new Edit(Edit.Op.EQUAL, e.aStart(), aEnd, e.bStart(), bEnd));
                i = j;
                continue;
            }
            // a run of deletions and insertions: collect both spans
            int aStart = e.aStart();
            int aEnd = e.aStart();
            int bStart = e.bStart();
            int bEnd = e.bStart();
            int j = i;
            while (j < edits.size() && edits.get(j).op() != Edit.Op.EQUAL) {
                Edit x = edits.get(j);
                if (x.op() == Edit.Op.DELETE) aEnd = Math.max(aEnd, x.aEnd());
                else bEnd = Math.max(bEnd, x.bEnd());
                aStart = Math.min(aStart, x.aStart());
                bStart = Math.min(bStart, x.bStart());
                j++;
            }
            if (aEnd > aStart) out.add(new Edit(Edit.Op.DELETE, aStart, aEnd, bStart, bStart));
            if (bEnd > bStart) out.add(new Edit(Edit.Op.INSERT, aEnd, aEnd, bStart, bEnd));
            i = j;
        }
        return out;
    }
}
