package io.mc2.gap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British and American spelling read as one: the library is written in US English, while a
 * supplier's text, or a draft sent before the library moved to US spelling, may use the British
 * forms ("organisation", "programme") without saying anything else.
 */
public final class Spelling {
    private Spelling() {
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** American spelling endings and the British ones they are read as; the stem before them has at least 3 letters. */
    private static final String[][] SPELLINGS = {
        {"izations", "isations"}, {"ization", "isation"}, {"izing", "ising"}, {"ized", "ised"}, {"izes", "ises"}, {"izers", "isers"},
        {"izer", "iser"}, {"ize", "ise"}, {"yzing", "ysing"}, {"yzed", "ysed"}, {"yze", "yse"},
        {"orable", "ourable"}, {"oring", "ouring"}, {"ored", "oured"}, {"ors", "ours"}, {"or", "our"},
        {"ters", "tres"}, {"ter", "tre"}, {"grams", "grammes"}, {"gram", "gramme"}, {"gment", "gement"},
        {"cense", "cence"}, {"fense", "fence"}, {"eling", "elling"}, {"eled", "elled"}, {"aling", "alling"}, {"aled", "alled"},
        {"ogs", "ogues"}, {"og", "ogue"},
    };

    /** The word with an American ending read as the British one ("recognized" → "recognised"). */
    public static String british(String word) {
        for (String[] s : SPELLINGS) {
            if (word.endsWith(s[0]) && word.length() - s[0].length() >= 3) {
                return word.substring(0, word.length() - s[0].length()) + s[1];
            }
        }
        return word;
    }

    /** The text with every word in its British form and lower case: equal keys, the same words however spelled. */
    public static String key(String text) {
        return LETTERS.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(m -> Matcher.quoteReplacement(british(m.group())));
    }
}
