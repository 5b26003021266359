package io.mc2.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void findsWordChanges() {
        List<WordDiff.Piece> d = WordDiff.diff("shall deliver within thirty (30) days", "shall make available within sixty (60) days");
        assertEquals(List.of(
                new WordDiff.Piece(Edit.Op.EQUAL, "shall "),
                new WordDiff.Piece(Edit.Op.DELETE, "deliver"),
                new WordDiff.Piece(Edit.Op.INSERT, "make available"),
                new WordDiff.Piece(Edit.Op.EQUAL, " within "),
                // " (" between two changes is glue: "thirty (30" became "sixty (60" reads as one change
                new WordDiff.Piece(Edit.Op.DELETE, "thirty (30"),
                new WordDiff.Piece(Edit.Op.INSERT, "sixty (60"),
                new WordDiff.Piece(Edit.Op.EQUAL, ") days")), d);
    }

    @Test
    void tokensKeepHyphenatedWordsAndEmoji() {
        assertEquals(List.of("third-party", " ", "HDO's", " ", "\uD83D\uDE00", "."), WordDiff.tokens("third-party HDO's \uD83D\uDE00."));
    }

    /** Property: for random texts, the pieces rebuild both sides, and the edit script is no longer than needed. */
    @Test
    void piecesAlwaysRebuildBothTexts() {
        Random r = new Random(42);
        String[] words = {"the", "Manufacturer", "shall", "may", "within", "30", "days", ",", ".", "patch", "\u00e9t\u00e9", "\uD83D\uDE00"};
        for (int t = 0; t < 2000; t++) {
            String a = random(r, words);
            String b = r.nextInt(4) == 0 ? random(r, words) : mutate(r, a, words);
            StringBuilder oldText = new StringBuilder();
            StringBuilder newText = new StringBuilder();
            for (WordDiff.Piece p : WordDiff.diff(a, b)) {
                if (p.op() != Edit.Op.INSERT) oldText.append(p.text());
                if (p.op() != Edit.Op.DELETE) newText.append(p.text());
            }
            assertEquals(a, oldText.toString());
            assertEquals(b, newText.toString());
        }
    }

    @Test
    void sequenceDiffIsMinimalOnKnownCases() {
        List<Edit> e = SequenceDiff.diff(List.of("a", "b", "c", "a", "b", "b", "a"), List.of("c", "b", "a", "b", "a", "c"));
        int edits = e.stream().filter(x -> x.op() != Edit.Op.EQUAL).mapToInt(x -> (x.aEnd() - x.aStart()) + (x.bEnd() - x.bStart())).sum();
        assertEquals(5, edits, "Myers' classic example has an edit distance of 5");
        assertTrue(WordDiff.similarity("a b c", "a b c") == 1.0);
        assertEquals(0.0, WordDiff.similarity("alpha", "beta"));
    }

    private static String random(Random r, String[] words) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "  " : " ");
        return sb.toString();
    }

    private static String mutate(Random r, String a, String[] words) {
        List<String> t = new ArrayList<>(WordDiff.tokens(a));
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            int pos = t.isEmpty() ? 0 : r.nextInt(t.size());
            switch (r.nextInt(3)) {
                case 0 -> t.add(pos, words[r.nextInt(words.length)]);
                case 1 -> { if (!t.isEmpty()) t.remove(pos); }
                default -> { if (!t.isEmpty()) t.set(pos, words[r.nextInt(words.length)]); }
            }
        }
        return String.join("", t);
    }
}
