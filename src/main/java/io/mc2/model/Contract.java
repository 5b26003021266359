package io.mc2.model;

import java.util.List;
import java.util.Map;

/**
 * A fully assembled contract, ready for any writer: front matter, the key-terms schedule, the
 * definitions its clauses use, numbered articles of clauses, and the provenance to embed.
 * Writers render it; they never go back to the library or the profile.
 *
 * @param meta        title, parties, dates and header text
 * @param keyTerms    one row per parameter value, in clause order (the cover schedule)
 * @param definitions only the defined terms the clauses use, alphabetical
 * @param articles    numbered articles; article 1 is usually "Definitions" (see {@link #definitionsArticle})
 * @param definitionsArticle the article number the definitions are printed as, 0 for none
 * @param provenance  ordered key/value pairs to embed as custom document properties
 */
public record Contract(
        ContractMeta meta,
        List<KeyTerm> keyTerms,
        List<Definition> definitions,
        int definitionsArticle,
        List<Article> articles,
        Map<String, String> provenance) {

    public Contract {
        keyTerms = List.copyOf(keyTerms);
        definitions = List.copyOf(definitions);
        articles = List.copyOf(articles);
        provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
    }

    /** Every clause in document order. */
    /** How many articles the document numbers: the clause articles and, when printed, Definitions. */
    public int articleCount() {
        return articles.size() + (definitionsArticle > 0 ? 1 : 0);
    }

    public List<ClauseInstance> clauses() {
        return articles.stream().flatMap(a -> a.clauses().stream()).toList();
    }
}
