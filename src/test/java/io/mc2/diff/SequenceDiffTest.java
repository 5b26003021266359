package io.mc2.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edit scripts are always correct, shortest where the search is within its bounds, and bounded where it is not. */
class SequenceDiffTest {

    /** Applies a script to a and checks that it covers both sides in order; returns b as rebuilt. */
    static int[] apply(int[] a, int[] b, List<Edit> script) {
        List<Integer> out = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (Edit e : script) {
            assertEquals(x, e.aStart(), "a covered in order: " + script);
            assertEquals(y, e.bStart(), "b covered in order: " + script);
            switch (e.op()) {
                case EQUAL -> {
                    for (int i = 0; i < e.aEnd() - e.aStart(); i++) {
                        assertEquals(a[e.aStart() + i], b[e.bStart() + i], "equal means equal");
                        out.add(a[e.aStart() + i]);
                    }
                    x = e.aEnd();
                    y = e.bEnd();
                }
                case DELETE -> x = e.aEnd();
                case INSERT -> {
                    for (int j = e.bStart(); j < e.bEnd(); j++) out.add(b[j]);
                    y = e.bEnd();
                }
            }
        }
        assertEquals(a.length, x);
        assertEquals(b.length, y);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static int lcs(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }

    static int matched(List<Edit> script) {
        return script.stream().filter(e -> e.op() == Edit.Op.EQUAL).mapToInt(e -> e.aEnd() - e.aStart()).sum();
    }

    static int[] random(Random r, int n, int alphabet) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) s[i] = r.nextInt(alphabet);
        return s;
    }

    @Test
    void smallScriptsAreCorrectAndShortest() {
        Random r = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int[] a = random(r, r.nextInt(30), 1 + r.nextInt(6));
            int[] b = random(r, r.nextInt(30), 1 + r.nextInt(6));
            List<Edit> script = SequenceDiff.diff(a, b);
            assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(apply(a, b, script)));
            assertEquals(lcs(a, b), matched(script), "shortest: " + java.util.Arrays.toString(a) + " / "
                    + java.util.Arrays.toString(b));
        }
    }

    /** Spans above the filter size lose nothing: symbols only one side has are never matched anyway. */
    @Test
    void largeSpansWithPrivateSymbolsAreStillShortest() {
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            int[] a = random(r, 300, 20);
            int[] b = new int[SequenceDiff.FILTER_ABOVE + 200];
            for (int j = 0; j < b.length; j++) b[j] = r.nextInt(10) == 0 ? r.nextInt(20) : 1000 + r.nextInt(100_000);
            List<Edit> script = SequenceDiff.diff(a, b);
            apply(a, b, script);
            assertEquals(lcs(a, b), matched(script));
        }
    }

    /** A hostile pair (a hundred thousand shared but shuffled symbols) ends quickly with a correct, coarser script. */
    @Test
    void hugeDifferencesAreBoundedAndCorrect() {
        Random r = new Random(1);
        int[] a = random(r, 100_000, 3);
        int[] b = random(r, 100_000, 3);
        List<Edit> script = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SequenceDiff.diff(a, b));
        apply(a, b, script);
        int[] small = random(r, 2, 3);
        int[] repeated = new int[98_000];
        java.util.Arrays.fill(repeated, small[0]);
        List<Edit> skewed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SequenceDiff.diff(small, repeated));
        apply(small, repeated, skewed);
        assertTrue(matched(skewed) >= 1, "the shared symbol is still found: " + skewed);
    }
}
