package io.mc2.library;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.yaml.SchemaCheck;
import io.mc2.yaml.YamlFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads and validates the clause library folder: {@code library.yaml}, {@code definitions.yaml}
 * and one YAML file per clause in topic folders. Every file is checked against its JSON Schema,
 * then semantically (ids, topics, parameter defaults and bounds, defined terms, applies-when).
 * Template checks need the renderer and are done by {@code io.mc2.assemble.TemplateCheck}. All problems are
 * reported at once.
 */
public final class LibraryLoader {
    static final String INDEX = "library.yaml";
    static final String DEFINITIONS = "definitions.yaml";
    /** The gap analysis's language rules live beside the clauses but are not clauses. */
    public static final String LANGUAGE_RULES = "language-rules.yaml";
    /** The synonym lexicon {@code mc2 review} maps a supplier's own paper with; not a clause, and never in a draft. */
    public static final String SYNONYMS = "synonyms.yaml";
    /** Words that give away how we negotiate; the supplier must never read them in text meant for it. */
    private static final Pattern NEGOTIATION_WORDS = Pattern.compile(
            "walk[- ]?away|fall-?back|preferred position|escalat\\w*|our position", Pattern.CASE_INSENSITIVE);

    private final List<Problem> problems = new ArrayList<>();

    private LibraryLoader() {
    }

    /** Loads the library in {@code dir}; throws {@link Mc2Exception} (exit code 3) listing every problem. */
    public static ClauseLibrary load(Path dir) {
        LibraryLoader loader = new LibraryLoader();
        ClauseLibrary library = loader.read(dir);
        if (!loader.problems.isEmpty()) throw Mc2Exception.invalid(loader.problems);
        return library;
    }

    private ClauseLibrary read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, dir + ": clause library folder not found");
        }
        LibraryHash digest = new LibraryHash();
        YamlFile index = readChecked(dir.resolve(INDEX), "library", dir, digest);
        YamlFile defs = readChecked(dir.resolve(DEFINITIONS), "definitions", dir, digest);

        List<Topic> topics = new ArrayList<>();
        String name = "";
        String version = "";
        if (index != null) {
            name = index.root().path("name").asText();
            version = index.root().path("version").asText();
            for (JsonNode t : index.root().path("topics")) {
                List<String> order = new ArrayList<>();
                t.path("order").forEach(o -> order.add(o.asText()));
                Topic topic = new Topic(t.path("id").asText(), t.path("title").asText(), order);
                if (topics.stream().anyMatch(x -> x.id().equals(topic.id()))) {
                    problems.add(index.problem(t, "topic '" + topic.id() + "' is listed twice"));
                }
                topics.add(topic);
            }
        }
        Map<String, DefinedTerm> definitions = new LinkedHashMap<>();
        if (defs != null) {
            for (JsonNode t : defs.root().path("terms")) {
                DefinedTerm term = new DefinedTerm(t.path("term").asText(), t.path("definition").asText().strip());
                if (definitions.put(term.term(), term) != null) {
                    problems.add(defs.problem(t, "term '" + term.term() + "' is defined twice"));
                }
            }
        }

        Map<String, Clause> byId = new LinkedHashMap<>();
        for (Path file : clauseFiles(dir)) {
            YamlFile yaml = readChecked(file, "clause", dir, digest);
            if (yaml == null) continue;
            Clause clause = clause(yaml, topics, definitions);
            if (clause == null) continue;
            Clause earlier = byId.putIfAbsent(clause.id(), clause);
            if (earlier != null) {
                problems.add(yaml.problem(yaml.root().get("id"),
                        "clause id '" + clause.id() + "' is also used by " + earlier.source()));
            }
        }
        checkRuleLinks(dir.resolve(LANGUAGE_RULES), byId.values());
        Map<String, Clause> ordered = new LinkedHashMap<>();
        for (Topic t : topics) {
            for (String id : t.order()) {
                Clause c = byId.get(id);
                if (c == null || !c.topic().equals(t.id())) {
                    problems.add(Problem.at(dir.resolve(INDEX), "topic '" + t.id() + "' orders clause '" + id + "', which is not a clause of that topic"));
                }
            }
        }
        Comparator<Clause> order = Comparator.comparingInt((Clause c) -> topicIndex(topics, c.topic()))
                .thenComparingInt(c -> rankInTopic(topics, c))
                .thenComparing(c -> c.source().toString());
        byId.values().stream().sorted(order).forEach(c -> ordered.put(c.id(), c));
        return new ClauseLibrary(dir, name, version, topics, ordered, definitions, digest.hex());
    }

    /** A false-when that names no language rule would silently never fire, so it is an error in the library. */
    private void checkRuleLinks(Path rulesFile, java.util.Collection<Clause> clauses) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (Files.exists(rulesFile)) {
            try {
                YamlFile.read(rulesFile).root().path("rules").forEach(r -> ids.add(r.path("id").asText()));
            } catch (Mc2Exception e) {
                return; // the gap stage reports an unreadable rules file itself
            }
        }
        for (Clause c : clauses) {
            for (Parameter p : c.parameters().values()) {
                if (p.falseWhen() != null && !ids.contains(p.falseWhen())) {
                    problems.add(Problem.at(c.source(), "parameter '" + p.name() + "': false-when names no rule of "
                            + LANGUAGE_RULES + ": '" + p.falseWhen() + "'"));
                }
            }
        }
    }

    /** A clause's place in its topic's {@code order}, or after the listed ones. */
    private static int rankInTopic(List<Topic> topics, Clause c) {
        int t = topicIndex(topics, c.topic());
        return t < topics.size() ? topics.get(t).rank(c.id()) : 0;
    }

    private static int topicIndex(List<Topic> topics, String id) {
        for (int i = 0; i < topics.size(); i++) if (topics.get(i).id().equals(id)) return i;
        return Integer.MAX_VALUE;
    }

    private List<Path> clauseFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getParent().equals(dir)
                            || !(p.getFileName().toString().equals(INDEX) || p.getFileName().toString().equals(DEFINITIONS)
                                || p.getFileName().toString().equals(LANGUAGE_RULES)
                                || p.getFileName().toString().equals(SYNONYMS)))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, dir + ": cannot list clause files: " + e.getMessage());
        }
    }

    private YamlFile readChecked(Path file, String schema, Path dir, LibraryHash digest) {
        YamlFile yaml;
        try {
            yaml = YamlFile.read(file);
        } catch (Mc2Exception e) {
            problems.addAll(e.problems().isEmpty() ? List.of(Problem.at(file, e.getMessage())) : e.problems());
            return null;
        }
        digest.add(dir.relativize(file).toString(), yaml.bytes(), schema.equals("clause"));
        List<Problem> found = SchemaCheck.validate(yaml, schema);
        problems.addAll(found);
        return found.isEmpty() ? yaml : null;
    }

    private Clause clause(YamlFile yaml, List<Topic> topics, Map<String, DefinedTerm> definitions) {
        JsonNode root = yaml.root();
        String id = root.get("id").asText();
        String stem = yaml.path().getFileName().toString().replaceFirst("\\.yaml$", "");
        if (!stem.equals(id)) {
            problems.add(yaml.problem(root.get("id"), "clause id '" + id + "' does not match its file name '" + stem + ".yaml'"));
        }
        String topic = root.get("topic").asText();
        if (topics.stream().noneMatch(t -> t.id().equals(topic))) {
            problems.add(yaml.problem(root.get("topic"), "unknown topic '" + topic + "' (topics are listed in " + INDEX + ")"));
        }
        List<Mc2Reference> refs = new ArrayList<>();
        for (JsonNode r : root.path("mc2")) {
            refs.add(new Mc2Reference(r.get("version").asInt(), r.get("ref").asText(), r.get("verified").asBoolean(),
                    r.path("note").asText("")));
        }
        Pillar pillar = null;
        if (root.has("pillar")) {
            JsonNode p = root.get("pillar");
            pillar = new Pillar(p.get("name").asText(), p.path("term").asText(""), p.get("verified").asBoolean());
        }
        Condition condition = Condition.ALWAYS;
        if (root.has("applies-when")) {
            try {
                condition = Condition.parse(root.get("applies-when").asText());
            } catch (IllegalArgumentException e) {
                problems.add(yaml.problem(root.get("applies-when"), "applies-when: " + e.getMessage()));
            }
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Parameter p = parameter(yaml, e.getKey(), e.getValue());
            if (p != null) parameters.put(p.name(), p);
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("variants").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            variants.put(e.getKey(), new Variant(e.getKey(), e.getValue().asText(), templateLine(yaml, e.getValue())));
        }
        List<String> terms = new ArrayList<>();
        JsonNode termsNode = root.path("terms");
        for (JsonNode t : termsNode) {
            terms.add(t.asText());
            if (!definitions.containsKey(t.asText())) {
                problems.add(yaml.problem(t, "term '" + t.asText() + "' is not defined in " + DEFINITIONS));
            }
        }
        for (Variant v : variants.values()) {
            for (String used : DefinedTerms.usedIn(v.template(), definitions.keySet())) {
                if (!terms.contains(used)) {
                    problems.add(new Problem(yaml.path(), v.line(), 0, "variant '" + v.name() + "' uses the defined term '"
                            + used + "' but the clause's terms do not list it"));
                }
            }
        }
        JsonNode g = root.get("guidance");
        Guidance guidance = new Guidance(g.get("why").asText().strip(), g.get("supplier-changes").asText().strip(),
                g.get("fallback").asText().strip(), g.path("to-supplier").asText("").strip());
        Matcher internal = NEGOTIATION_WORDS.matcher(guidance.toSupplier());
        if (internal.find()) {
            problems.add(yaml.problem(g.get("to-supplier"), "guidance to-supplier says '" + internal.group()
                    + "': that is our negotiating vocabulary, and this text goes to the supplier"));
        }
        return new Clause(id, root.get("title").asText(), topic, root.get("party").asText(), refs, pillar, condition,
                parameters, variants, terms, guidance, yaml.path());
    }

    private Parameter parameter(YamlFile yaml, String name, JsonNode node) {
        ParameterType type = ParameterType.fromYaml(node.get("type").asText());
        BigDecimal min = node.has("min") ? node.get("min").decimalValue() : null;
        BigDecimal max = node.has("max") ? node.get("max").decimalValue() : null;
        Stricter stricter = node.has("stricter") ? Stricter.fromYaml(node.get("stricter").asText()) : Stricter.NONE;
        List<String> values = new ArrayList<>();
        node.path("values").forEach(v -> values.add(v.asText()));
        String currency = node.has("currency") ? node.get("currency").asText() : (type == ParameterType.MONEY ? "USD" : null);
        if (type == ParameterType.ENUM && values.isEmpty()) {
            problems.add(yaml.problem(node, "parameter '" + name + "': an enum needs its 'values'"));
            return null;
        }
        if (type != ParameterType.ENUM && !values.isEmpty()) {
            problems.add(yaml.problem(node.get("values"), "parameter '" + name + "': only enums have 'values'"));
        }
        if (type.isNumeric() && (stricter == Stricter.NONE || stricter == Stricter.EARLIER_IN_LIST)) {
            problems.add(yaml.problem(node, "parameter '" + name + "': say which direction is stricter for the HDO "
                    + "(stricter: lower or higher)"));
        }
        if (!type.isNumeric() && (min != null || max != null)) {
            problems.add(yaml.problem(node, "parameter '" + name + "': min and max apply to numeric types only"));
        }
        if (type != ParameterType.ENUM && stricter == Stricter.EARLIER_IN_LIST) {
            problems.add(yaml.problem(node.get("stricter"), "parameter '" + name + "': earlier-in-list applies to enums only"));
        }
        String falseWhen = node.has("false-when") ? node.get("false-when").asText() : null;
        if (falseWhen != null && type != ParameterType.BOOLEAN) {
            problems.add(yaml.problem(node.get("false-when"), "parameter '" + name + "': false-when applies to booleans only"));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(yaml.problem(node.get("min"), "parameter '" + name + "': min is above max"));
        }
        Parameter draft = new Parameter(name, type, node.get("label").asText(), null, min, max, stricter, values, currency);
        Object def = draft.coerce(scalar(node.get("default")));
        String wrong = draft.check(def);
        if (wrong != null) {
            problems.add(yaml.problem(node.get("default"), "parameter '" + name + "': default " + wrong));
        }
        return new Parameter(name, type, draft.label(), def, min, max, stricter, values, currency, falseWhen);
    }

    /** A YAML scalar as Java: BigDecimal, Boolean or String (null for containers). */
    public static Object scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) return null;
        if (n.isNumber()) return n.decimalValue();
        if (n.isBoolean()) return n.booleanValue();
        return n.asText();
    }

    /** The file line a template's first line is on: the next line for block scalars ("|", ">"). */
    private static int templateLine(YamlFile yaml, JsonNode node) {
        int line = YamlFile.line(node);
        if (line <= 0) return 0;
        String text = new String(yaml.bytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (line - 1 < lines.length) {
            Matcher m = BLOCK_SCALAR.matcher(lines[line - 1]);
            if (m.find()) return line + 1;
        }
        return line;
    }

    private static final Pattern BLOCK_SCALAR = Pattern.compile(":\\s*[|>][-+0-9]*\\s*(#.*)?$");

}
