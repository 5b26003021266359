package io.mc2.paper;

import io.mc2.gap.OfferRating;
import io.mc2.library.ParameterType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text as weighted terms for retrieval: its word stems, the synonym concepts it names
 * ({@code ~security patch}), the kinds of value it states ({@code #days}, {@code #money}) and the duties it puts
 * on the customer or the manufacturer ({@code @hdo}, {@code @mdm}), each with
 * the words that stood for it in the text, so a mapping can say which words decided it.
 */
final class TermVector {
    /** The term for a duty the text puts on the customer. */
    static final String CUSTOMER_DUTY = "@hdo";
    /** The term for a duty the text puts on the manufacturer. */
    static final String SUPPLIER_DUTY = "@mdm";

    final Map<String, Double> weights = new HashMap<>();
    final Map<String, String> written = new HashMap<>();

    /** Adds {@code text} with {@code weight} per occurrence. */
    TermVector add(String text, double weight, SynonymLexicon lexicon) {
        List<Words.Word> words = Words.of(text, lexicon.stopWords());
        for (Words.Word w : words) put(w.stem(), w.written(), weight);
        for (SynonymLexicon.Found f : lexicon.concepts(words)) put("~" + f.concept(), f.written(), weight);
        for (ParameterType t : OfferRating.valueKinds(text)) put("#" + t.yamlName(), "a value in " + t.yamlName(), weight);
        int duties = lexicon.customerDuties(text);
        if (duties > 0) put(CUSTOMER_DUTY, "a duty of the customer", weight * duties);
        int ours = lexicon.supplierDuties(text);
        if (ours > 0) put(SUPPLIER_DUTY, "a duty of the manufacturer", weight * ours);
        return this;
    }

    /** Adds one term directly (a value kind a clause's parameters have). */
    TermVector put(String term, String shown, double weight) {
        weights.merge(term, weight, Double::sum);
        written.putIfAbsent(term, shown);
        return this;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
