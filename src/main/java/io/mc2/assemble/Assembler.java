package io.mc2.assemble;

import io.mc2.deal.DealFacts;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.DefinedTerm;
import io.mc2.library.DefinedTerms;
import io.mc2.library.Parameter;
import io.mc2.library.Topic;
import io.mc2.library.Variant;
import io.mc2.model.Article;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.ContractMeta;
import io.mc2.model.Definition;
import io.mc2.model.Generator;
import io.mc2.model.KeyTerm;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.DealView;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import io.mc2.template.ValueText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Library + effective profile + deal facts → {@link Contract}: selects the clauses that are in
 * (profile and applies-when), numbers them, renders the chosen variant of each with the profile's
 * values, collects the definitions they use and the key-terms schedule, and records provenance.
 */
public final class Assembler {
    private static final DateTimeFormatter LEGAL_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ClauseRenderer renderer;

    public Assembler(ClauseRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Assembles a contract.
     *
     * @param date the document date (front matter and document properties)
     */
    public Contract assemble(ClauseLibrary library, ResolvedProfile profile, DealFacts deal, LocalDate date) {
        return assemble(library, profile, deal, date, false);
    }

    /**
     * Assembles a contract, as a draft or as the execution copy ({@code executionCopy}: the header
     * without "Draft"; the writers leave out our labels).
     */
    public Contract assemble(ClauseLibrary library, ResolvedProfile profile, DealFacts deal, LocalDate date, boolean executionCopy) {
        List<Problem> problems = new ArrayList<>();
        List<Clause> selected = new ArrayList<>();
        Map<String, String> variantOf = new LinkedHashMap<>();
        for (ProfileClause pc : profile.included()) {
            Clause c = library.clauses().get(pc.id());
            String variant = sentVariant(c, pc, deal);
            if (variant == null) continue;
            selected.add(c);
            variantOf.put(c.id(), variant);
        }
        Set<String> usedTerms = new TreeSet<>();
        selected.forEach(c -> usedTerms.addAll(c.terms()));
        List<Definition> definitions = definitions(library, profile, usedTerms, problems);
        int articleNo = definitions.isEmpty() ? 0 : 1;
        int definitionsArticle = articleNo;

        Map<String, String> numbers = new LinkedHashMap<>();
        Map<Topic, List<Clause>> byTopic = new LinkedHashMap<>();
        for (Topic t : library.topics()) {
            List<Clause> in = selected.stream().filter(c -> c.topic().equals(t.id())).toList();
            if (in.isEmpty()) continue;
            articleNo++;
            byTopic.put(t, in);
            int n = 0;
            for (Clause c : in) numbers.put(c.id(), articleNo + "." + (++n));
        }

        DealView dealView = dealView(deal);
        List<Article> articles = new ArrayList<>();
        List<KeyTerm> keyTerms = new ArrayList<>();
        int a = definitionsArticle;
        for (Map.Entry<Topic, List<Clause>> e : byTopic.entrySet()) {
            a++;
            List<ClauseInstance> instances = new ArrayList<>();
            for (Clause c : e.getValue()) {
                ProfileClause pc = profile.clauses().get(c.id());
                Variant v = c.variants().get(variantOf.get(c.id()));
                Map<String, ParameterValue> values = new LinkedHashMap<>();
                for (Parameter p : c.parameters().values()) {
                    values.put(p.name(), new ParameterValue(p, pc.parameters().get(p.name()).sent().value()));
                }
                CrossReferences refs = new CrossReferences(numbers::containsKey);
                List<Block> blocks;
                try {
                    blocks = renderer.render(c.id() + "/" + v.name(), v.template(),
                            new TemplateInputs(profile.mdmName().value(), profile.hdoName().value(), values, refs, dealView),
                            id -> numbers.getOrDefault(id, "[" + id + "]"));
                } catch (TemplateProblem tp) {
                    problems.add(TemplateCheck.locate(c, v, tp));
                    continue;
                }
                for (String missing : refs.missing()) {
                    problems.add(new Problem(c.source(), v.line(), 0, "variant '" + v.name() + "' refers to clause '" + missing
                            + "', which is not in this draft (profile '" + profile.id() + "' leaves it out, or it does not apply"
                            + " to this deal); guard the reference with #if($ref.has(\"" + missing + "\"))"));
                }
                for (Parameter p : stated(c, v, blocks)) {
                    keyTerms.add(new KeyTerm(c.id(), numbers.get(c.id()), c.title(), p.label(),
                            ValueText.format(p, pc.parameters().get(p.name()).sent().value())));
                }
                ClauseInstance ci = new ClauseInstance(c.id(), numbers.get(c.id()), c.title(), c.party(), v.name(),
                        c.mc2Display(), blocks, "");
                instances.add(new ClauseInstance(ci.id(), ci.number(), ci.title(), ci.party(), ci.variant(), ci.mc2Ref(),
                        ci.blocks(), textHash(ci.plainText())));
            }
            articles.add(new Article(a, e.getKey().id(), e.getKey().title(), instances));
        }
        if (!problems.isEmpty()) throw Mc2Exception.invalid(problems);

        ContractMeta meta = meta(profile, deal, date, executionCopy, numbers.containsKey(ORDER_OF_PRECEDENCE));
        return new Contract(meta, keyTerms, definitions, definitionsArticle, articles, provenance(library, profile, deal, date));
    }

    /**
     * The variant a clause is sent in for this deal: the profile's, or where the clause's
     * applies-when excludes the deal, the profile's {@code if-not-applicable} variant; null when the
     * clause is not in the draft.
     */
    public static String sentVariant(Clause c, ProfileClause pc, DealFacts deal) {
        if (c.appliesWhen().test(deal.device())) return pc.variant().value();
        return pc.variantIfNotApplicable();
    }

    /**
     * The parameters the rendered wording states, in clause order: those whose value it prints, and
     * the yes/no ones its template tests (the wording changes with them). The Key Terms Schedule
     * lists only these, so it never shows a term the clause does not contain.
     */
    private List<Parameter> stated(Clause c, Variant v, List<Block> blocks) {
        Set<String> printed = new java.util.HashSet<>();
        for (Block b : blocks) {
            for (io.mc2.model.Inline in : b.inlines()) if (in instanceof io.mc2.model.Inline.Value val) printed.add(val.parameter());
        }
        Set<String> referenced;
        try {
            referenced = renderer.references(c.id() + "/" + v.name(), v.template());
        } catch (TemplateProblem e) {
            referenced = Set.of(); // it rendered a moment ago, so this does not happen
        }
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : c.parameters().values()) {
            boolean tested = p.type() == io.mc2.library.ParameterType.BOOLEAN && referenced.contains(p.name());
            if (printed.contains(p.name()) || tested) out.add(p);
        }
        return out;
    }

    private List<Definition> definitions(ClauseLibrary library, ResolvedProfile profile, Set<String> used, List<Problem> problems) {
        // a definition may use other defined terms: include those too
        Set<String> all = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(used);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            DefinedTerm d = library.definitions().get(t);
            if (d == null || !all.add(t)) continue;
            todo.addAll(DefinedTerms.usedIn(d.definition(), library.definitions().keySet()));
        }
        List<Definition> out = new ArrayList<>();
        for (String term : new TreeSet<>(all)) {
            DefinedTerm d = library.definitions().get(term);
            try {
                out.add(new Definition(term, renderDefinition(d, profile)));
            } catch (TemplateProblem tp) {
                problems.add(Problem.at(library.dir().resolve("definitions.yaml"), "definition of '" + term + "': " + tp.getMessage()));
            }
        }
        return out;
    }

    String renderDefinition(DefinedTerm d, ResolvedProfile profile) throws TemplateProblem {
        List<Block> blocks = renderer.render("definition/" + d.term(), d.definition(),
                new TemplateInputs(profile.mdmName().value(), profile.hdoName().value(), Map.of(),
                        new CrossReferences(id -> false), dealView(DealFacts.none())), id -> id);
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) sb.append(sb.length() == 0 ? "" : " ").append(b.plainText());
        return sb.toString();
    }

    /** Deal facts as templates see them ({@code $deal}), blanks filled. */
    public static DealView dealView(DealFacts deal) {
        return new DealView(blank(deal.hdoName(), "HDO NAME"), blank(deal.mdmName(), "MDM NAME"), product(deal),
                blank(deal.agreementReference(), "AGREEMENT REFERENCE"));
    }

    /** The clause that ranks the documents; where it is in the draft, the preamble leaves the ranking to it. */
    static final String ORDER_OF_PRECEDENCE = "order-of-precedence";

    private static ContractMeta meta(ResolvedProfile profile, DealFacts deal, LocalDate date, boolean executionCopy,
                                     boolean precedenceClause) {
        String hdoShort = profile.hdoName().value();
        String mdmShort = profile.mdmName().value();
        String hdo = blank(deal.hdoName(), "HDO NAME");
        String mdm = blank(deal.mdmName(), "MDM NAME");
        String ref = blank(deal.agreementReference(), "AGREEMENT REFERENCE");
        String agreementTitle = blank(deal.agreementTitle(), "AGREEMENT TITLE");
        String effective = deal.effectiveDate() == null ? "[EFFECTIVE DATE]" : LEGAL_DATE.format(deal.effectiveDate());
        String title = profile.documentTitle().value();
        String preamble = "This " + title + " (this \u201cExhibit\u201d) is entered into with effect from " + effective
                + " between " + hdo + " (\u201c" + hdoShort + "\u201d) and " + mdm + " (\u201c" + mdmShort + "\u201d). It forms"
                + " part of the " + agreementTitle + " (reference " + ref + ") under which " + mdmShort + " supplies "
                + product(deal) + " to " + hdoShort + "."
                + (precedenceClause ? "" : " Where this Exhibit and the Agreement conflict on a matter of cybersecurity, this Exhibit prevails.");
        // the header goes to the supplier: the document's own title and version, never the profile's name
        String header = ref + " \u00b7 " + title + (executionCopy ? "" : " \u2014 Draft v" + profile.version());
        return new ContractMeta(title, ref, hdo, hdoShort, mdm, mdmShort, product(deal), effective, date.toString(), header,
                preamble, new ContractMeta.Signatory(deal.hdoSignatory(), deal.hdoSignatoryTitle()),
                new ContractMeta.Signatory(deal.mdmSignatory(), deal.mdmSignatoryTitle()), executionCopy);
    }

    private static String product(DealFacts deal) {
        if (deal.productName() == null && deal.productModel() == null) return "[PRODUCT NAME AND MODEL]";
        if (deal.productModel() == null) return deal.productName() + " [MODEL]";
        if (deal.productName() == null) return "[PRODUCT NAME] model " + deal.productModel();
        return deal.productName() + " (model " + deal.productModel() + ")";
    }

    private static String blank(String value, String what) {
        return value == null ? "[" + what + "]" : value;
    }

    private static Map<String, String> provenance(ClauseLibrary library, ResolvedProfile profile, DealFacts deal, LocalDate date) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mc2.generator", "mc2 " + Generator.version());
        p.put("mc2.library.name", library.name());
        p.put("mc2.library.version", library.version());
        p.put("mc2.library.hash", library.hash());
        p.put("mc2.profile.id", profile.id());
        p.put("mc2.profile.version", profile.version());
        p.put("mc2.profile.hash", profile.hash());
        p.put("mc2.date", date.toString());
        deal.asMap().forEach((k, v) -> p.put("mc2.deal." + k, v));
        return p;
    }

    /** First 16 hex digits of SHA-256 over the text (UTF-8). */
    public static String textHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
