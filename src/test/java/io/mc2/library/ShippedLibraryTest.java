package io.mc2.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.LintWorkflow;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.testing.Fixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quality bar for the shipped {@code clauses/} and {@code profiles/}: what a GPO or health system
 * gets out of the box must lint clean, give negotiators real choices and advice, use defined terms
 * consistently, and give every negotiable number a full set of positions.
 */
class ShippedLibraryTest {
    /**
     * Proper names clause text may use without defining them: agencies, standards and their
     * numbers' prefixes, laws, formats. Whole phrases, matched as words. Keep this short: anything
     * that reads like a contract term belongs in definitions.yaml instead.
     */
    static final List<String> PROPER_NAMES = List.of(
            "US Cybersecurity and Infrastructure Security Agency", "US Food and Drug Administration",
            "Federal Food, Drug, and Cosmetic Act", "Regulation (EU)", "Annex I", "FDA", "CISA", "NIST SP", "ISO/IEC",
            "AAMI TIR57", "NIST Cybersecurity Framework", "Health-ISAC", "USB", "HIPAA", "U.S.C.", "C.F.R.", "CycloneDX", "SPDX", "CSAF", "FIPS", "EU", "US", "IT", "March");

    private final ClauseLibrary library = LibraryLoader.load(Fixtures.shippedClauses());

    @Test
    void lintFindsNoProblem() {
        LintWorkflow.Result r = new LintWorkflow().run(Fixtures.shippedClauses(), Fixtures.shippedProfiles());
        assertEquals(List.of(), r.problems().stream().map(Object::toString).toList());
        assertFalse(r.profiles().isEmpty());
    }

    @Test
    void everyClauseOffersAChoiceOfWordingAndAdvice() {
        List<String> weak = new ArrayList<>();
        for (Clause c : library.clauses().values()) {
            if (c.variants().size() < 2) weak.add(c.id() + ": only " + c.variants().size() + " variant");
            Guidance g = c.guidance();
            if (g == null || g.why().isBlank()) weak.add(c.id() + ": no guidance why");
            if (g == null || g.supplierChanges().isBlank()) weak.add(c.id() + ": no guidance supplier-changes");
            if (g == null || g.fallback().isBlank()) weak.add(c.id() + ": no guidance fallback");
            if (g == null || g.toSupplier().isBlank()) weak.add(c.id() + ": no guidance to-supplier (the rationale our comments give the supplier)");
        }
        assertEquals(List.of(), weak);
    }

    @Test
    void theLibraryCoversTheGround() {
        assertTrue(library.clauses().size() >= 40, library.clauses().size() + " clauses");
        assertTrue(library.definitions().size() >= 20, library.definitions().size() + " defined terms");
        Set<String> parties = new TreeSet<>();
        Set<ParameterType> types = EnumSet.noneOf(ParameterType.class);
        int conditional = 0;
        for (Clause c : library.clauses().values()) {
            parties.add(c.party());
            c.parameters().values().forEach(p -> types.add(p.type()));
            if (!c.appliesWhen().source().isEmpty()) conditional++;
        }
        assertEquals(Set.of("hdo", "mdm", "shared"), parties);
        assertEquals(EnumSet.allOf(ParameterType.class), types);
        assertTrue(conditional >= 1, "no clause has an applies-when condition");
    }

    @Test
    void everyCapitalisedPhraseInClauseTextIsADefinedTermOrAProperName() {
        List<String> undefined = new ArrayList<>();
        for (Clause c : library.clauses().values()) {
            for (Variant v : c.variants().values()) {
                for (String word : undefinedCapitals(v.template(), c.terms())) {
                    undefined.add(c.id() + "/" + v.name() + ": '" + word + "'");
                }
            }
        }
        assertEquals(List.of(), undefined);
    }

    @Test
    void theTermCheckCatchesAnUndefinedTerm() {
        // the check above would pass on an empty library; prove it can fail
        String text = "$mdm shall give $hdo each Security Patch. The Patch Portal is open, per FDA.";
        assertEquals(List.of("Portal"), undefinedCapitals(text, List.of("Security Patch")));
        assertEquals(List.of("Portal"), undefinedCapitals("the Portal#if($x.value) and#end", List.of()));
        assertEquals(List.of("Where"), undefinedCapitals("a Product#if($x.value) Where x#end", List.of("Product")),
                "text after a directive continues the sentence");
        assertEquals(List.of(), undefinedCapitals("Each Security Patches list. Where x.", List.of("Security Patch")));
        assertEquals(List.of("Vulnerability"), undefinedCapitals("a Vulnerability", List.of("Security Patch")));
        assertEquals(List.of(), undefinedCapitals("a Vulnerability", List.of("Critical Vulnerability")),
                "a word of a listed term is allowed on its own");
    }

    /** British spellings (and their inflections) the library must not use; it is written in US English. */
    static final Pattern BRITISH = Pattern.compile("(?<![-\\w])(?:(?:un)?authoris\\w*|organis\\w*|recognis\\w*|sanitis\\w*|minimis\\w*"
            + "|prioritis\\w*|summaris\\w*|utilis\\w*|customis\\w*|categoris\\w*|standardis\\w*|synchronis\\w*|emphasis(?:e|ed|es|ing)"
            + "|programmes?|behaviours?|colours?|favour\\w*|honour\\w*|labour\\w*|endeavour\\w*|catalogue[sd]?|licence[sd]?|defence"
            + "|offence|centre[sd]?|modelling|modelled|labelled|labelling|travelled|cancelled|judgement|whilst|amongst|analys(?:e|ed|es|ing))"
            + "(?![-\\w])", Pattern.CASE_INSENSITIVE);

    @Test
    void theLibraryIsInUsEnglish() throws java.io.IOException {
        List<String> british = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(Fixtures.shippedClauses())) {
            // the language rules are patterns for the supplier's text, which may well be British; so is the synonym
            // lexicon: its British spellings (unauthorised, sanitise, programme ...) map a British-English supplier paper
            // onto our clauses and are never drafted. Everything we draft (clauses, definitions, schedule) is still checked.
            files = walk.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("language-rules.yaml") && !f.endsWith("synonyms.yaml"))
                    .sorted().toList();
        }
        for (java.nio.file.Path f : files) {
            List<String> lines = java.nio.file.Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                // clause ids are stable anchors in drafts already sent (cvd-programme, data-sanitisation)
                if (lines.get(i).strip().startsWith("id:")) continue;
                Matcher m = BRITISH.matcher(lines.get(i));
                while (m.find()) british.add(f.getFileName() + ":" + (i + 1) + ": " + m.group());
            }
        }
        assertEquals(List.of(), british);
        assertTrue(BRITISH.matcher("the authorised programme").find() && BRITISH.matcher("Sanitisation").find()
                && !BRITISH.matcher("authorized program, exercise, otherwise, $ref.to(\"cvd-programme\")").find(),
                "the check tells the two spellings apart");
    }

    @Test
    void everyProfileGivesEveryIncludedNumberAFullSetOfPositions() {
        ProfileResolver resolver = new ProfileResolver(library, Fixtures.shippedProfiles());
        List<String> missing = new ArrayList<>();
        List<String> ids = resolver.available();
        assertTrue(ids.size() >= 3, ids.toString());
        for (String id : ids) {
            ResolvedProfile profile = resolver.resolve(id);
            for (ProfileClause pc : profile.included()) {
                Clause c = library.clauses().get(pc.id());
                for (Parameter p : c.parameters().values()) {
                    Position pos = pc.parameters().get(p.name());
                    if (p.type().isNumeric() && !pos.hasPositions()) {
                        missing.add(id + ": " + c.id() + "." + p.name() + " lacks"
                                + (pos.preferred() == null ? " preferred" : "") + (pos.fallback() == null ? " fallback" : "")
                                + (pos.walkAway() == null ? " walk-away" : ""));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "#\\{?(?:if|elseif)\\}?\\((?:[^()]|\\([^()]*\\))*\\)|#\\{?(?:else|end)\\b\\}?");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$ref\\.(?:to|has)\\(\"[^\"]*\"\\)|\\$!?\\{?[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*\\}?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&/.'-]*[A-Za-z0-9]|[A-Za-z]");

    /**
     * The capitalised words of a clause template that are neither sentence-initial, nor a party
     * placeholder or other template reference, nor part of one of {@code terms} (or their plural),
     * nor one of {@link #PROPER_NAMES}.
     */
    static List<String> undefinedCapitals(String template, List<String> terms) {
        // directives vanish; references become a neutral lower-case word that neither counts nor starts a sentence
        String text = REFERENCE.matcher(DIRECTIVE.matcher(template).replaceAll("")).replaceAll("x");
        List<String> byLength = new ArrayList<>(terms);
        byLength.addAll(PROPER_NAMES);
        byLength.sort((a, b) -> b.length() - a.length());
        for (String term : byLength) {
            text = termOrPlural(term).matcher(text).replaceAll(m -> "x".repeat(m.group().length()));
        }
        Set<String> termWords = new TreeSet<>();
        for (String term : terms) {
            for (String w : term.split("[ ]+")) termWords.add(w);
        }
        List<String> found = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.strip().replaceFirst("^[-*] ", "");
            Matcher m = WORD.matcher(p);
            boolean sentenceStart = true;
            int last = 0;
            while (m.find()) {
                String between = p.substring(last, m.start());
                if (last > 0 && between.matches("(?s).*[.?!:]\\s+[\"\u201C(]?")) sentenceStart = true;
                last = m.end();
                String w = m.group().replaceAll("[.]$", "");
                boolean capital = Character.isUpperCase(w.charAt(0));
                boolean initial = sentenceStart;
                sentenceStart = false;
                if (!capital || initial) continue;
                if (termWords.contains(w) || termWords.contains(singular(w))) continue;
                found.add(w);
            }
        }
        return found;
    }

    /** The term or its plural (-s, -es, -y to -ies) as whole words. */
    private static Pattern termOrPlural(String term) {
        String q = Pattern.quote(term);
        String plural = term.endsWith("y") ? "|" + Pattern.quote(term.substring(0, term.length() - 1)) + "ies" : "|" + q + "e?s";
        return Pattern.compile("(?<![A-Za-z0-9-])(?:" + q + plural + ")(?![A-Za-z0-9-])");
    }

    private static String singular(String w) {
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ches") || w.endsWith("sses")) return w.substring(0, w.length() - 2);
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
