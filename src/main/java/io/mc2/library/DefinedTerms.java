package io.mc2.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which defined terms a text uses (the term itself or its plural, as a whole word, case-sensitive). */
public final class DefinedTerms {
    private DefinedTerms() {
    }

    /** The defined terms that occur in {@code text}, in the order of {@code terms}. */
    public static Set<String> usedIn(String text, Collection<String> terms) {
        // longest terms first, blanking each match, so "Vulnerability" is not found inside
        // "Known Exploited Vulnerability"
        List<String> byLength = new ArrayList<>(terms);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        Set<String> found = new HashSet<>();
        String rest = text;
        for (String term : byLength) {
            // cheap test first: the regular expression only runs where the word stem occurs
            String stem = term.endsWith("y") ? term.substring(0, term.length() - 1) : term;
            if (!rest.contains(stem)) continue;
            Matcher m = pattern(term).matcher(rest);
            if (m.find()) {
                found.add(term);
                rest = m.replaceAll(r -> "\u0000".repeat(r.group().length()));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        for (String term : terms) if (found.contains(term)) used.add(term);
        return used;
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Matches the term and its regular plural, as whole words (compiled once per term). */
    public static Pattern pattern(String term) {
        return PATTERNS.computeIfAbsent(term, DefinedTerms::compile);
    }

    private static Pattern compile(String term) {
        String quoted = Pattern.quote(term);
        String plural = term.endsWith("y") && !term.endsWith("ey")
                ? "|" + Pattern.quote(term.substring(0, term.length() - 1)) + "ies"
                : "|" + quoted + "s";
        return Pattern.compile("(?<![A-Za-z0-9-])(?:" + quoted + plural + ")(?![A-Za-z0-9-])");
    }
}
