package io.mc2.gap;

import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.library.Variant;
import io.mc2.model.Block;
import io.mc2.model.Inline;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.DealView;
import io.mc2.template.LegalNumber;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns which variant and which values a supplier's wording of a clause proposes: each variant
 * template is rendered with its parameters as typed slots (numbers in words and digits, units,
 * money, percentages, enum and free text) and matched against the supplier's accepted text.
 */
final class ValueRecovery {

    /** A parameter value read from the supplier's text, converted to the parameter's own unit. */
    record Found(Object value, String text, String note) {
    }

    /** The variant that matched and the values it holds. */
    record Match(String variant, Map<String, Found> values) {
    }

    private record Slot(Parameter parameter, boolean numberOnly) {
    }

    private record Candidate(String variant, Pattern pattern, List<Slot> slots, Map<String, Object> fixed) {
    }

    private static final String WORDS = "(?:[A-Za-z]+(?:[- ][A-Za-z]+)*\\s*)?";
    private static final String DIGITS = "(?:\\(\\s*\\d[\\d,]*\\s*\\)|\\d[\\d,]*)?";
    static final String UNIT = "(?:(?:calendar|business|working)\\s+)?(?:days?|hours?|weeks?|months?|years?)";
    private static final Pattern DURATION = Pattern.compile(
            "^(?<words>[A-Za-z][A-Za-z -]*?)?\\s*(?:\\(?\\s*(?<digits>\\d[\\d,]*)\\s*\\)?)?\\s*(?<unit>" + UNIT + ")?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile(
            "^(?<cur>[A-Z]{3}|US\\$|\\$|\u20ac|\u00a3)?\\s?(?<num>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<scale>million|billion|m)?\\s*(?<cur2>[A-Z]{3}|dollars)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent)", Pattern.CASE_INSENSITIVE);

    private final ClauseRenderer renderer;

    ValueRecovery(ClauseRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Tries every variant (the {@code preferredOrder} ones first) against {@code text} (paragraphs
     * separated by newlines, white space normalised).
     */
    Optional<Match> recover(Clause clause, List<String> preferredOrder, Map<String, Object> sentValues, String mdm, String hdo,
                            DealView deal, String text) {
        String subject = normalise(text);
        List<String> order = new ArrayList<>(preferredOrder);
        for (String v : clause.variants().keySet()) if (!order.contains(v)) order.add(v);
        for (String name : order) {
            Variant v = clause.variants().get(name);
            if (v == null) continue;
            for (Candidate c : cachedCandidates(clause, v, sentValues, mdm, hdo, deal)) {
                Matcher m = c.pattern().matcher(subject);
                if (!m.matches()) continue;
                Map<String, Found> values = new LinkedHashMap<>();
                boolean ok = true;
                for (int i = 0; i < c.slots().size(); i++) {
                    Slot s = c.slots().get(i);
                    Found f = read(s, m.group(i + 1).strip());
                    if (f == null) {
                        ok = false;
                        break;
                    }
                    Found earlier = values.get(s.parameter().name());
                    if (earlier != null && !sameValue(earlier.value(), f.value())) {
                        f = new Found(f.value(), f.text(), "the text states different values in different places");
                    }
                    values.putIfAbsent(s.parameter().name(), f);
                }
                if (!ok) continue;
                c.fixed().forEach((k, val) -> values.putIfAbsent(k, new Found(val, String.valueOf(val), "read from the wording")));
                return Optional.of(new Match(name, values));
            }
        }
        return Optional.empty();
    }

    /** Patterns rendered once per clause, variant, values and parties: rendering the templates is the costly part. */
    private final Map<String, List<Candidate>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Candidate> cachedCandidates(Clause clause, Variant v, Map<String, Object> sent, String mdm, String hdo, DealView deal) {
        String key = clause.id() + "\u0000" + v.name() + "\u0000" + sent + "\u0000" + mdm + "\u0000" + hdo + "\u0000"
                + System.identityHashCode(deal);
        List<Candidate> c = cache.get(key);
        if (c == null) {
            c = candidates(clause, v, sent, mdm, hdo, deal);
            if (cache.size() < 4_096) cache.put(key, c);
        }
        return c;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return java.util.Objects.equals(a, b);
    }

    /** One pattern per combination of the clause's boolean parameters (they change the wording itself). */
    private List<Candidate> candidates(Clause clause, Variant v, Map<String, Object> sent, String mdm, String hdo, DealView deal) {
        List<Parameter> booleans = clause.parameters().values().stream().filter(p -> p.type() == ParameterType.BOOLEAN).toList();
        int combos = booleans.size() > 4 ? 1 : 1 << booleans.size();
        Map<Integer, String> patterns = new LinkedHashMap<>();
        Map<Integer, List<Slot>> slotsOf = new LinkedHashMap<>();
        for (int mask = 0; mask < combos; mask++) {
            Map<String, ParameterValue> values = new LinkedHashMap<>();
            for (Parameter p : clause.parameters().values()) {
                Object value = sent.getOrDefault(p.name(), p.defaultValue());
                if (p.type() == ParameterType.BOOLEAN && combos > 1) value = flag(p, booleans, mask, sent);
                values.put(p.name(), new ParameterValue(p, value));
            }
            List<Block> blocks;
            try {
                blocks = renderer.render(clause.id() + "/" + v.name(), v.template(),
                        new TemplateInputs(mdm, hdo, values, new CrossReferences(id -> true), deal), id -> "0");
            } catch (TemplateProblem e) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            patterns.put(mask, pattern(clause, blocks, slots));
            slotsOf.put(mask, slots);
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : patterns.entrySet()) {
            int mask = e.getKey();
            // a boolean the wording does not depend on is not stated by it, so it is not read
            Map<String, Object> fixed = new LinkedHashMap<>();
            for (int b = 0; b < booleans.size() && combos > 1; b++) {
                String flipped = patterns.get(mask ^ (1 << b));
                if (flipped != null && !flipped.equals(e.getValue())) fixed.put(booleans.get(b).name(), flag(booleans.get(b), booleans, mask, sent));
            }
            out.add(new Candidate(v.name(), Pattern.compile(e.getValue()), slotsOf.get(mask), fixed));
        }
        return out;
    }

    /** The boolean's value in a combination: bit clear is the value we sent, bit set its opposite. */
    private static boolean flag(Parameter p, List<Parameter> booleans, int mask, Map<String, Object> sent) {
        boolean ours = Boolean.TRUE.equals(sent.get(p.name()));
        return (mask & (1 << booleans.indexOf(p))) == 0 ? ours : !ours;
    }

    /** The rendered variant as a regular expression, its parameter values as groups (recorded in {@code slots}). */
    private static String pattern(Clause clause, List<Block> blocks, List<Slot> slots) {
        StringBuilder re = new StringBuilder("^");
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) re.append("\\s*\\n\\s*");
            for (Inline in : blocks.get(b).inlines()) {
                if (in instanceof Inline.Value val) {
                    Parameter p = clause.parameters().get(val.parameter());
                    boolean numberOnly = p.type().isDuration() && !val.text().matches(".*(?i)" + UNIT + "$");
                    re.append(slot(p, numberOnly, val.text()));
                    slots.add(new Slot(p, numberOnly));
                } else if (in instanceof Inline.CrossRef) {
                    re.append("(?:[\\w.()\\-]+)");
                } else {
                    re.append(literal(in.text()));
                }
            }
        }
        return re.append("$").toString();
    }

    private static String slot(Parameter p, boolean numberOnly, String rendered) {
        if (p.type().isDuration()) {
            return numberOnly ? "(" + WORDS + DIGITS + ")" : "(" + WORDS + DIGITS + "\\s*" + UNIT + ")";
        }
        return switch (p.type()) {
            case MONEY -> "((?:[A-Z]{3}|US\\$|\\$|\u20ac|\u00a3)?\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:million|billion|m))?(?:\\s*(?:[A-Z]{3}|dollars))?)";
            case PERCENT -> "(" + WORDS + "\\(?\\s*\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s*\\)?)";
            case BOOLEAN -> "(Yes|No)";
            default -> "(.+?)";
        };
    }

    /** A literal piece of template text: white space matches any white space, quotes any quote. */
    static String literal(String text) {
        // quotes and dashes as normalise() makes them, but edges kept: a space before a slot matters
        String t = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replaceAll("[\\s\\u00a0]+", " ");
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == ' ') {
                sb.append("\\s+");
                i++;
            } else {
                int j = i;
                while (j < t.length() && t.charAt(j) != ' ') j++;
                sb.append(spellings(t.substring(i, j)));
                i = j;
            }
        }
        return sb.toString();
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /**
     * A word of our text that also matches its British spelling ("authorized" or "authorised"): the
     * library is in US English, and a supplier's text, or a draft sent before the library moved to
     * US spelling, may spell it the other way without changing what it says.
     */
    private static String spellings(String token) {
        StringBuilder sb = new StringBuilder();
        Matcher m = LETTERS.matcher(token);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) sb.append(Pattern.quote(token.substring(at, m.start())));
            String word = m.group();
            String british = Spelling.british(word);
            sb.append(british.equals(word) ? Pattern.quote(word) : "(?:" + Pattern.quote(word) + "|" + Pattern.quote(british) + ")");
            at = m.end();
        }
        if (at < token.length()) sb.append(Pattern.quote(token.substring(at)));
        return sb.toString();
    }

    /** White space collapsed, typographic quotes and dashes made plain, so that both sides compare alike. */
    static String normalise(String s) {
        String t = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        StringBuilder sb = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(line.trim().replaceAll("[ \\t]+", " "));
        }
        return sb.toString();
    }

    /** A value as written on its own, e.g. in a Key Terms Schedule row ("sixty (60) days"); null when it is not one. */
    static Found valueOf(Parameter p, String text) {
        return read(new Slot(p, false), normalise(text).strip());
    }

    /** Reads one slot's text; null when it is not a value of the parameter's kind. */
    private static Found read(Slot s, String text) {
        Parameter p = s.parameter();
        if (p.type().isDuration()) return duration(p, text, s.numberOnly());
        switch (p.type()) {
            case MONEY -> {
                Matcher m = MONEY.matcher(text);
                if (!m.matches()) return null;
                BigDecimal n = new BigDecimal(m.group("num").replace(",", ""));
                String scale = m.group("scale");
                if (scale != null) n = n.multiply(scale.equalsIgnoreCase("billion") ? BigDecimal.valueOf(1_000_000_000L)
                        : BigDecimal.valueOf(1_000_000L));
                String cur = m.group("cur") != null ? m.group("cur") : m.group("cur2");
                String currency = cur == null || cur.contains("$") || cur.equalsIgnoreCase("dollars") ? "USD"
                        : cur.equals("\u20ac") ? "EUR" : cur.equals("\u00a3") ? "GBP" : cur.toUpperCase(Locale.ROOT);
                if (!currency.equals(p.currency())) {
                    return new Found(null, text, "stated in " + currency + ", not " + p.currency() + ": not compared");
                }
                return new Found(n, text, null);
            }
            case PERCENT -> {
                Matcher m = PERCENT.matcher(text);
                return m.find() ? new Found(new BigDecimal(m.group(1)), text, null) : null;
            }
            case BOOLEAN -> {
                return new Found(text.equalsIgnoreCase("Yes"), text, null);
            }
            case ENUM -> {
                for (String v : p.values()) if (sameSpelling(normalise(v), text)) return new Found(v, text, null);
                return new Found(text, text, "not one of the values the clause knows");
            }
            default -> {
                return new Found(text, text, null);
            }
        }
    }

    /** Equal but for case and British / American spelling ("written authorization" / "written authorisation"). */
    private static boolean sameSpelling(String a, String b) {
        return a.equalsIgnoreCase(b) || Spelling.key(a).equals(Spelling.key(b));
    }

    private static Found duration(Parameter p, String text, boolean numberOnly) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) return null;
        String words = m.group("words");
        String digits = m.group("digits");
        String unit = m.group("unit");
        if (!numberOnly && unit == null) return null;
        long n;
        String note = null;
        if (digits != null) {
            n = Long.parseLong(digits.replace(",", ""));
            if (words != null && !words.isBlank()) {
                long w = LegalNumber.parse(words);
                if (w >= 0 && w != n) note = "words say " + w + ", digits say " + n + "; the digits were taken";
            }
        } else if (words != null && !words.isBlank()) {
            n = LegalNumber.parse(words);
            if (n < 0) return null;
        } else {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(n);
        if (unit != null) {
            ParameterType found = unitType(unit);
            if (found != p.type()) {
                value = value.multiply(days(found)).divide(days(p.type()), 1, RoundingMode.HALF_UP).stripTrailingZeros();
                String n1 = note == null ? "" : note + "; ";
                note = n1 + "stated in " + (found == null ? "weeks" : found.yamlName()) + "; compared as " + value.toPlainString() + " " + p.type().yamlName();
            }
        }
        return new Found(value, text, note);
    }

    /** The duration type a unit word names; null for weeks, which no parameter counts in. */
    static ParameterType unitType(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("business") || u.startsWith("working")) return ParameterType.BUSINESS_DAYS;
        if (u.contains("hour")) return ParameterType.HOURS;
        if (u.contains("month")) return ParameterType.MONTHS;
        if (u.contains("year")) return ParameterType.YEARS;
        if (u.contains("week")) return null;
        return ParameterType.DAYS;
    }

    /** Calendar days per unit, for comparing a value stated in another unit. */
    private static BigDecimal days(ParameterType t) {
        if (t == null) return BigDecimal.valueOf(7);
        return switch (t) {
            case HOURS -> new BigDecimal("0.0416666667");
            case BUSINESS_DAYS -> new BigDecimal("1.4");
            case MONTHS -> BigDecimal.valueOf(30);
            case YEARS -> BigDecimal.valueOf(365);
            default -> BigDecimal.ONE;
        };
    }
}
