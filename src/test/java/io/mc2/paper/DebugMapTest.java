package io.mc2.paper;

import io.mc2.app.Mc2Home;
import org.junit.jupiter.api.Test;

class DebugMapTest {
    @Test
    void dump() throws Exception {
        var lib = io.mc2.library.LibraryLoader.load(java.nio.file.Path.of("clauses"));
        var prof = new io.mc2.profile.ProfileResolver(lib, java.nio.file.Path.of("profiles")).resolve("gpo-standard");
        var ours = io.mc2.app.DraftWorkflow.assemble(lib, prof, io.mc2.deal.DealFacts.none(), java.time.LocalDate.of(2026, 1, 1));
        var lex = SynonymLexicon.load(java.nio.file.Path.of("clauses/synonyms.yaml"));
        var idx = new LibraryIndex(ours.clauses(), lib.clauses(), lib.definitions(), lex);
        for (String f : System.getProperty("papers", "northwind-numbered.docx").split(",")) {
            var pkg = io.mc2.docx.DocxPackage.open(java.nio.file.Path.of("src/test/resources/paper/" + f));
            for (SupplierClause c : ClauseSegmenter.segment(DocxPaper.read(pkg))) {
                System.out.println("== " + c.label() + " [" + c.title() + "] ctx=" + c.context());
                for (String s : c.sentences()) {
                    var v = new TermVector().add(s, 1.0, lex).add(c.title(), 0.6, lex).add(c.context(), 0.3, lex);
                    var sc = idx.score(v);
                    if (System.getProperty("focus", "@@").contains(s.substring(0, 12))) sc.stream().limit(12).forEach(x -> System.out.println("     " + x));
                    System.out.printf("  %.2f %s %s | %.2f %s | %.2f %s :: %s%n", sc.get(0).score(), sc.get(0).clauseId(), sc.get(0).decidedBy(), sc.get(1).score(),
                            sc.get(1).clauseId(), sc.get(2).score(), sc.get(2).clauseId(), s.length() > 60 ? s.substring(0, 60) : s);
                }
            }
        }
    }
}
