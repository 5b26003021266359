package io.mc2.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps each clause of a supplier's paper to the library clauses it addresses, sentence by sentence: each
 * sentence (read with its clause's heading and article heading) goes to the library clause it is most
 * like among the clauses binding the party it binds, when it is like one enough and they share a phrase of the
 * lexicon; a clause none of whose sentences decides is mapped as a whole. So one
 * supplier clause may address several library clauses (critical, high and other patches in one), and several
 * supplier clauses one library clause.
 */
final class ClauseMapper {
    /** Cosine similarity a sentence, with its headings, needs to count as addressing a clause. */
    static final double SENTENCE_MIN = 0.12;
    /** The same for a supplier clause read as a whole. */
    static final double CLAUSE_MIN = 0.12;
    private static final Pattern DEFINITIONS = Pattern.compile("(?i).*\\b(?:definitions?|interpretation|defined terms)\\b.*");

    /** One library clause a supplier clause addresses: its best score, the words that decided it, and the sentences. */
    record Hit(String clauseId, double score, List<String> decidedBy, List<String> sentences) {
    }

    /** A supplier clause and what it addresses; {@code definitions} when it is the paper's definitions (never mapped). */
    record Mapped(SupplierClause clause, List<Hit> hits, boolean definitions) {
    }

    private final LibraryIndex index;

    ClauseMapper(LibraryIndex index) {
        this.index = index;
    }

    List<Mapped> map(List<SupplierClause> clauses) {
        List<Mapped> out = new ArrayList<>();
        for (SupplierClause c : clauses) out.add(map(c));
        return out;
    }

    Mapped map(SupplierClause c) {
        if (DEFINITIONS.matcher(c.title()).matches()) return new Mapped(c, List.of(), true);
        SynonymLexicon lex = index.lexicon();
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (String s : c.sentences()) {
            TermVector v = new TermVector().add(s, 1.0, lex).add(c.title(), 0.6, lex).add(c.context(), 0.3, lex);
            LibraryIndex.Score best = best(index.score(v), party(s, lex), SENTENCE_MIN);
            if (best == null) continue;
            Hit h = hits.get(best.clauseId());
            List<String> sentences = new ArrayList<>(h == null ? List.of() : h.sentences());
            sentences.add(s);
            boolean better = h == null || best.score() > h.score();
            hits.put(best.clauseId(), new Hit(best.clauseId(), better ? best.score() : h.score(),
                    better ? best.decidedBy() : h.decidedBy(), sentences));
        }
        if (hits.isEmpty()) {
            TermVector whole = new TermVector().add(c.title(), 2.0, lex).add(c.context(), 0.5, lex).add(c.text(), 1.0, lex);
            LibraryIndex.Score best = best(index.score(whole), party(c.text(), lex), CLAUSE_MIN);
            if (best != null) hits.put(best.clauseId(), new Hit(best.clauseId(), best.score(), best.decidedBy(), c.sentences()));
        }
        return new Mapped(c, List.copyOf(hits.values()), false);
    }

    /**
     * The best-scoring clause that binds the party the text binds and shares a lexicon phrase with it, when its
     * score reaches {@code min}; else null.
     */
    private LibraryIndex.Score best(List<LibraryIndex.Score> scores, String party, double min) {
        for (LibraryIndex.Score s : scores) {
            if (s.score() < min) return null;
            String p = index.party(s.clauseId());
            if (s.anchored() && (party == null || p.equals(party) || p.equals("shared"))) return s;
        }
        return null;
    }

    /** "hdo" for a text that puts duties on the customer only ("Customer shall ..."), "mdm" for the manufacturer only, else null. */
    private static String party(String text, SynonymLexicon lex) {
        int customer = lex.customerDuties(text);
        int supplier = lex.supplierDuties(text);
        return customer > 0 && supplier == 0 ? "hdo" : supplier > 0 && customer == 0 ? "mdm" : null;
    }
}
