package io.mc2.paper;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.yaml.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases a supplier's paper uses for what the library says, read from {@code clauses/synonyms.yaml}
 * (data, so a GPO can extend it): each group is one concept, and a phrase of a group found in a text
 * adds that concept to its words, whichever phrase the text used. Also the stop words retrieval ignores, and
 * the phrases that put a duty on the customer (a clause of the customer's, not the manufacturer's).
 */
final class SynonymLexicon {
    /** One phrase of a group, as compared words, and the concept it stands for (the group's first phrase). */
    private record Phrase(List<String> stems, String concept) {
    }

    /** A concept found in a text, with the words that named it there. */
    record Found(String concept, String written, int at) {
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final Set<String> stopWords;
    private final Pattern customerDuty;
    private final Pattern supplierDuty;

    private SynonymLexicon(Map<String, List<Phrase>> byFirstWord, Set<String> stopWords, Pattern customerDuty, Pattern supplierDuty) {
        this.byFirstWord = byFirstWord;
        this.stopWords = stopWords;
        this.customerDuty = customerDuty;
        this.supplierDuty = supplierDuty;
    }

    /** No synonyms and no stop words (a library without the file). */
    static SynonymLexicon none() {
        return new SynonymLexicon(Map.of(), Set.of(), null, null);
    }

    /** Reads the lexicon; a missing file means none. Problems are reported as {@code file:line:column: message} (exit 3). */
    static SynonymLexicon load(Path file) {
        if (!Files.exists(file)) return none();
        YamlFile yaml = YamlFile.read(file);
        List<Problem> problems = new ArrayList<>();
        JsonNode root = yaml.root();
        Set<String> stop = new HashSet<>();
        JsonNode stopNode = root == null ? null : root.get("stop-words");
        if (stopNode != null && !stopNode.isArray()) problems.add(yaml.problem(stopNode, "stop-words must be a list of words"));
        else if (stopNode != null) for (JsonNode w : stopNode) stop.add(w.asText().toLowerCase(Locale.ROOT));
        JsonNode groups = root == null ? null : root.get("groups");
        if (groups == null || !groups.isArray()) {
            problems.add(yaml.problem(root, "expected 'groups': a list of lists of phrases"));
            throw Mc2Exception.invalid(problems);
        }
        Map<String, List<Phrase>> index = new HashMap<>();
        for (JsonNode g : groups) {
            if (!g.isArray() || g.size() < 2) {
                problems.add(yaml.problem(g, "a group is a list of at least two phrases"));
                continue;
            }
            String concept = g.get(0).asText().toLowerCase(Locale.ROOT);
            for (JsonNode phrase : g) {
                List<String> stems = Words.of(phrase.asText(), stop).stream().map(Words.Word::stem).toList();
                if (stems.isEmpty()) {
                    problems.add(yaml.problem(phrase, "an empty phrase"));
                    continue;
                }
                index.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Phrase(stems, concept));
            }
        }
        Pattern customer = phrases(yaml, root.get("customer-duty"), problems);
        Pattern supplier = phrases(yaml, root.get("supplier-duty"), problems);
        if (!problems.isEmpty()) throw Mc2Exception.invalid(problems);
        // longer phrases first, so "critical vulnerability" wins over "vulnerability" where both start
        index.values().forEach(l -> l.sort((a, b) -> b.stems().size() - a.stems().size()));
        return new SynonymLexicon(index, Set.copyOf(stop), customer, supplier);
    }

    /** A list of phrases as one case-insensitive pattern of whole words; null when there is none. */
    private static Pattern phrases(YamlFile yaml, JsonNode list, List<Problem> problems) {
        if (list == null) return null;
        if (!list.isArray()) {
            problems.add(yaml.problem(list, "expected a list of phrases"));
            return null;
        }
        List<String> quoted = new ArrayList<>();
        for (JsonNode d : list) quoted.add(Pattern.quote(d.asText().strip()));
        return quoted.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", quoted) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** How many times {@code text} puts a duty on the customer ("Customer shall", "you will"): the party a clause binds. */
    int customerDuties(String text) {
        return customerDuty == null ? 0 : (int) customerDuty.matcher(text).results().count();
    }

    /** How many times {@code text} puts a duty on the manufacturer ("Supplier shall", "we will"). */
    int supplierDuties(String text) {
        return supplierDuty == null ? 0 : (int) supplierDuty.matcher(text).results().count();
    }

    Set<String> stopWords() {
        return stopWords;
    }

    /** The concepts named in {@code words}, each once per place it is named. */
    List<Found> concepts(List<Words.Word> words) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i).stem());
            if (candidates == null) continue;
            Map<String, Boolean> seenHere = new LinkedHashMap<>();
            for (Phrase p : candidates) {
                if (seenHere.containsKey(p.concept()) || !startsAt(words, i, p.stems())) continue;
                seenHere.put(p.concept(), true);
                StringBuilder written = new StringBuilder();
                for (int k = 0; k < p.stems().size(); k++) written.append(k == 0 ? "" : " ").append(words.get(i + k).written());
                out.add(new Found(p.concept(), written.toString(), i));
            }
        }
        return out;
    }

    private static boolean startsAt(List<Words.Word> words, int i, List<String> stems) {
        if (i + stems.size() > words.size()) return false;
        for (int k = 0; k < stems.size(); k++) if (!words.get(i + k).stem().equals(stems.get(k))) return false;
        return true;
    }
}
