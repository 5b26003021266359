package io.mc2.problem;

import java.util.Collection;
import java.util.Locale;

/**
 * "did you mean 'patch-high'?" for a name that is not there: the known name nearest in edit
 * distance (a swap of two neighbouring letters counts once), when it is close enough to be a typo
 * rather than another word — at most one edit per four letters, and at most two.
 */
public final class Spelling {
    private Spelling() {
    }

    /** The nearest known name, or null when none is close. */
    public static String nearest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.min(2, Math.max(1, t.length() / 4));
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (!k.equals(typed) && d <= limit && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "; did you mean 'x'?" or "" — to append to a message that already says what is missing. */
    public static String didYouMean(String typed, Collection<String> known) {
        String n = nearest(typed, known);
        return n == null ? "" : "; did you mean '" + n + "'?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
