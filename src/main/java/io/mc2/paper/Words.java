package io.mc2.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words retrieval compares: lower case, letters and digits only, plurals and -ing/-ed endings
 * taken off and British/American spellings made one, so that "security updates" and "Security
 * Update" count as the same words. Deterministic and language-model free.
 */
final class Words {
    private Words() {
    }

    /** One word of a text: as written (for the report) and as compared. */
    record Word(String written, String stem) {
    }

    /** The words of {@code text} in order, stop words left out. */
    static List<Word> of(String text, Set<String> stopWords) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)))) i++;
            if (i == start) continue;
            String w = text.substring(start, i);
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("'s")) lower = lower.substring(0, lower.length() - 2);
            // short numbers are values, not words: retrieval sees their kind (#days, #money), the rating their value;
            // standard numbers (81001, 27001) stay words
            if (stopWords.contains(lower) || lower.isEmpty() || lower.length() <= 3 && lower.chars().allMatch(Character::isDigit)) continue;
            out.add(new Word(w, stem(lower)));
        }
        return out;
    }

    /** A light, fixed stemmer: enough to make plural, past and -ing forms and -ise/-ize spellings meet. */
    static String stem(String w) {
        String s = w.replace("iz", "is").replace("yz", "ys");
        if (s.length() <= 3 || s.chars().anyMatch(Character::isDigit)) return s;
        if (s.endsWith("ies") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("sses")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("ing") && s.length() > 5) s = s.substring(0, s.length() - 3);
        else if (s.endsWith("ed") && s.length() > 4) s = s.substring(0, s.length() - 2);
        if (s.endsWith("e") && s.length() > 4) s = s.substring(0, s.length() - 1);
        return s;
    }
}
