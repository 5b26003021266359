package io.mc2.paper;

import io.mc2.library.Clause;
import io.mc2.library.DefinedTerm;
import io.mc2.library.Parameter;
import io.mc2.library.Variant;
import io.mc2.model.ClauseInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clauses a profile includes, indexed for retrieval: for each, its title, our text, every variant's
 * wording, the defined terms it uses (with their definitions), its guidance and the kinds of value its
 * parameters take, as TF-IDF vectors over stems, synonym concepts and value kinds. Built once per
 * library and profile; scoring a text is a cosine against each clause.
 */
final class LibraryIndex {
    /**
     * A clause's similarity to a text and the terms that contributed most, as the text wrote them.
     *
     * @param anchored whether a phrase of the lexicon (a synonym concept) is among the terms the two share:
     *                 a match on ordinary words alone ("terms", "platform") is not a mapping
     */
    record Score(String clauseId, double score, List<String> decidedBy, boolean anchored) {
    }

    private static final double TITLE = 3.0;
    private static final double TERM = 2.0;
    private static final double TEXT = 1.0;
    private static final double GUIDANCE = 0.5;
    private static final double DEFINITION = 0.3;

    private final SynonymLexicon lexicon;
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, String> parties = new HashMap<>();
    /** Every clause as a whole and each of its paragraphs (ours and every variant's, with the title), in draft order. */
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    /** The clause each vector belongs to. */
    private final List<String> owners = new ArrayList<>();
    /** Term to the vectors holding it: scoring a sentence touches only the vectors that share a term with it. */
    private final Map<String, List<Posting>> postings = new HashMap<>();

    private record Posting(int vector, double weight) {
    }

    LibraryIndex(List<ClauseInstance> ours, Map<String, Clause> library, Map<String, DefinedTerm> definitions, SynonymLexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, TermVector> raw = new LinkedHashMap<>();
        Map<String, List<TermVector>> rawPassages = new LinkedHashMap<>();
        for (ClauseInstance ci : ours) {
            List<TermVector> ps = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>();
            for (var b : ci.blocks()) paragraphs.add(b.plainText());
            for (Variant variant : library.get(ci.id()).variants().values()) {
                for (String para : withoutTemplate(variant.template()).split("\\n\\s*\\n")) paragraphs.add(para);
            }
            for (String para : paragraphs) {
                if (!para.isBlank()) ps.add(new TermVector().add(ci.title(), TEXT / 2, lexicon).add(para, TEXT, lexicon));
            }
            rawPassages.put(ci.id(), ps);
            parties.put(ci.id(), ci.party());
            Clause c = library.get(ci.id());
            TermVector v = new TermVector().add(ci.title(), TITLE, lexicon).add(ci.plainText(), TEXT, lexicon);
            for (Variant variant : c.variants().values()) v.add(withoutTemplate(variant.template()), TEXT / c.variants().size(), lexicon);
            for (String term : c.terms()) {
                v.add(term, TERM, lexicon);
                DefinedTerm d = definitions.get(term);
                if (d != null) v.add(withoutTemplate(d.definition()), DEFINITION, lexicon);
            }
            if (c.party().equals("hdo")) v.put(TermVector.CUSTOMER_DUTY, "a duty of the customer", TERM);
            if (c.party().equals("mdm")) v.put(TermVector.SUPPLIER_DUTY, "a duty of the manufacturer", TERM);
            if (c.guidance() != null) {
                for (String g : new String[] {c.guidance().why(), c.guidance().supplierChanges(), c.guidance().toSupplier()}) {
                    if (g != null) v.add(g, GUIDANCE, lexicon);
                }
            }
            for (Parameter p : c.parameters().values()) {
                if (p.type().isNumeric()) v.put("#" + p.type().yamlName(), p.type().yamlName(), TERM);
            }
            raw.put(ci.id(), v);
        }
        Map<String, Integer> df = new HashMap<>();
        for (TermVector v : raw.values()) for (String t : v.weights.keySet()) df.merge(t, 1, Integer::sum);
        int n = raw.size();
        df.forEach((t, k) -> idf.put(t, Math.log(1.0 + (double) n / k)));
        raw.forEach((id, v) -> {
            add(id, normalised(v));
            for (TermVector p : rawPassages.get(id)) add(id, normalised(p));
        });
    }

    /** Every clause scored against {@code text} (its whole text or its closest paragraph, whichever is nearer), best first. */
    List<Score> score(TermVector text) {
        Map<String, Double> q = normalised(text);
        double[] sums = new double[vectors.size()];
        for (Map.Entry<String, Double> t : q.entrySet()) {
            List<Posting> list = postings.get(t.getKey());
            if (list == null) continue;
            for (Posting p : list) sums[p.vector()] += p.weight() * t.getValue();
        }
        // each clause's nearest vector: the whole clause or one of its paragraphs
        Map<String, Integer> nearest = new LinkedHashMap<>();
        for (int i = 0; i < sums.length; i++) {
            String id = owners.get(i);
            Integer best = nearest.get(id);
            if (best == null || sums[i] > sums[best]) nearest.put(id, i);
        }
        List<Score> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : nearest.entrySet()) out.add(explained(e.getKey(), q, vectors.get(e.getValue()), text));
        // a stable sort: ties keep draft order
        out.sort(Comparator.comparingDouble(Score::score).reversed());
        return out;
    }

    /** The cosine of the query with one vector, with the terms that contributed most and whether a lexicon phrase is among them. */
    private static Score explained(String id, Map<String, Double> q, Map<String, Double> doc, TermVector text) {
        double sum = 0;
        boolean anchored = false;
        List<Map.Entry<String, Double>> parts = new ArrayList<>();
        for (Map.Entry<String, Double> t : q.entrySet()) {
            Double w = doc.get(t.getKey());
            if (w == null) continue;
            double part = w * t.getValue();
            sum += part;
            anchored |= t.getKey().startsWith("~");
            parts.add(Map.entry(t.getKey(), part));
        }
        parts.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < Math.min(5, parts.size()); i++) decided.add(shown(parts.get(i).getKey(), text));
        return new Score(id, sum, decided, anchored);
    }

    private void add(String id, Map<String, Double> vector) {
        int i = vectors.size();
        vectors.add(vector);
        owners.add(id);
        vector.forEach((t, w) -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new Posting(i, w)));
    }

    /** Who the clause binds: mdm, hdo or shared. */
    String party(String clauseId) {
        return parties.get(clauseId);
    }

    SynonymLexicon lexicon() {
        return lexicon;
    }

    /** "security update ~ security patch" for a concept, the word as the text wrote it otherwise. */
    private static String shown(String term, TermVector text) {
        String w = text.written.getOrDefault(term, term);
        if (term.startsWith("~") && !w.equalsIgnoreCase(term.substring(1))) return w + " ~ " + term.substring(1);
        return w;
    }

    /** Sub-linear term weights times IDF, to unit length; terms the library never uses count for nothing. */
    private Map<String, Double> normalised(TermVector v) {
        Map<String, Double> out = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : v.weights.entrySet()) {
            Double f = idf.get(e.getKey());
            if (f == null) continue;
            double w = Math.log(1.0 + e.getValue()) * f;
            out.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) out.replaceAll((k, w) -> w / len);
        return out;
    }

    /** Template text without Velocity references and directives, for the words around them. */
    static String withoutTemplate(String template) {
        return template.replaceAll("#\\{?\\w+\\}?(?:\\([^)]*\\))?", " ").replaceAll("\\$!?\\{?[\\w.]+(?:\\([^)]*\\))?\\}?", " ");
    }
}
