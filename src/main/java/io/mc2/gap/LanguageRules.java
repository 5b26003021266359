package io.mc2.gap;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.yaml.SchemaCheck;
import io.mc2.yaml.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Deterministic rules that say how a supplier's wording departs from ours, read from
 * {@code language-rules.yaml} in the clause library (data, so a GPO can extend them).
 */
public final class LanguageRules {

    /** One rule: patterns whose count grows ({@code added}) or shrinks ({@code removed}) in the supplier's text. */
    public record Rule(String id, String title, String severity, List<Pattern> added, List<Pattern> removed, boolean requireAll) {
    }

    private final List<Rule> rules;

    private LanguageRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** No rules (a library without a rules file). */
    public static LanguageRules none() {
        return new LanguageRules(List.of());
    }

    /**
     * Loads the rules file; {@code mdm} and {@code hdo} replace {@code {mdm}} / {@code {hdo}} in
     * patterns. A missing file means no rules.
     */
    public static LanguageRules load(Path file, String mdm, String hdo) {
        if (!Files.exists(file)) return none();
        YamlFile yaml = YamlFile.read(file);
        List<Problem> problems = new ArrayList<>(SchemaCheck.validate(yaml, "language-rules"));
        if (!problems.isEmpty()) throw Mc2Exception.invalid(problems);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : yaml.root().get("rules")) {
            List<Pattern> added = patterns(yaml, r.get("added"), mdm, hdo, problems);
            List<Pattern> removed = patterns(yaml, r.get("removed"), mdm, hdo, problems);
            rules.add(new Rule(r.get("id").asText(), r.get("title").asText(), r.get("severity").asText(), added, removed,
                    "all".equals(r.path("require").asText("any"))));
        }
        if (!problems.isEmpty()) throw Mc2Exception.invalid(problems);
        return new LanguageRules(rules);
    }

    private static List<Pattern> patterns(YamlFile yaml, JsonNode list, String mdm, String hdo, List<Problem> problems) {
        List<Pattern> out = new ArrayList<>();
        if (list == null) return out;
        for (JsonNode n : list) {
            String source = n.asText().replace("{mdm}", Pattern.quote(mdm)).replace("{hdo}", Pattern.quote(hdo));
            try {
                out.add(Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                problems.add(yaml.problem(n, "not a valid regular expression: " + e.getDescription()));
            }
        }
        return out;
    }

    /** The rules that fire when our text {@code sent} became {@code found}, each with its evidence. */
    public List<GapReport.Finding> apply(String sent, String found) {
        return apply(sent, found, false);
    }

    /**
     * The rules that fire on a supplier's own wording {@code offered} of the duty our text {@code ours}
     * states. Its words were never ours, so a {@code removed} pattern fires only when the offer has no
     * match at all where ours has one (it says nothing of "at no charge"), not when it has fewer.
     */
    public List<GapReport.Finding> applyToOffer(String ours, String offered) {
        return apply(ours, offered, true);
    }

    private List<GapReport.Finding> apply(String sent, String found, boolean offer) {
        List<GapReport.Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            String addedEvidence = null;
            for (Pattern p : r.added()) {
                if (count(p, found) > count(p, sent)) {
                    addedEvidence = evidence(p, found, sent);
                    break;
                }
            }
            String removedEvidence = null;
            for (Pattern p : r.removed()) {
                int theirs = count(p, found);
                if (offer ? theirs == 0 && count(p, sent) > 0 : theirs < count(p, sent)) {
                    removedEvidence = "removed: \u201c" + firstMatch(p, sent) + "\u201d";
                    break;
                }
            }
            boolean fires = r.requireAll() ? addedEvidence != null && removedEvidence != null
                    : addedEvidence != null || removedEvidence != null;
            if (!fires) continue;
            String ev = addedEvidence != null && removedEvidence != null ? addedEvidence + "; " + removedEvidence
                    : addedEvidence != null ? addedEvidence : removedEvidence;
            out.add(new GapReport.Finding(r.id(), r.title(), ev, r.severity()));
        }
        return out;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String firstMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : "";
    }

    /** The first match in {@code found} beyond those that {@code sent} has too, with some context. */
    private static String evidence(Pattern p, String found, String sent) {
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = p.matcher(found);
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            String key = m.group().toLowerCase(Locale.ROOT);
            int k = seen.merge(key, 1, Integer::sum);
            long inSent = p.matcher(sent).results().filter(r -> r.group().equalsIgnoreCase(key)).count();
            if (k > inSent) return context(found, m.start(), m.end());
        }
        return firstStart < 0 ? "" : context(found, firstStart, firstEnd);
    }

    static String context(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return (from > 0 ? "\u2026" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "\u2026" : "");
    }
}
