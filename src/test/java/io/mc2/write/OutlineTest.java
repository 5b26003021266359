package io.mc2.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mc2.model.Article;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {

    @Test
    void lettersFollowWordsLowerLetterFormat() {
        assertEquals("a", Outline.letters(1));
        assertEquals("z", Outline.letters(26));
        assertEquals("aa", Outline.letters(27));
        assertEquals("bb", Outline.letters(28));
        assertEquals("aaa", Outline.letters(53));
    }

    @Test
    void subclausesAndItemsRestartLikeWord() {
        ClauseInstance patch = SampleContracts.sample().clauses().stream()
                .filter(c -> c.id().equals("patch-critical")).findFirst().orElseThrow();
        List<String> labels = Outline.number(patch).stream().map(nb -> nb.label() + "@" + nb.indent()).toList();
        assertEquals(List.of("@0", "3.1.1@1", "3.1.2@1", "(a)@2", "(b)@2"), labels);
        ClauseInstance sbom = SampleContracts.sample().clauses().stream()
                .filter(c -> c.id().equals("sbom-delivery")).findFirst().orElseThrow();
        assertEquals(List.of("@0", "(a)@1", "(b)@1", "(c)@1", "@0"),
                Outline.number(sbom).stream().map(nb -> nb.label() + "@" + nb.indent()).toList());
    }

    @Test
    void acceptsSequentialNumbersAndRejectsGaps() {
        Contract c = SampleContracts.sample();
        Outline.requireSequentialNumbers(c);
        Outline.requireSequentialNumbers(SampleContracts.generated(60));

        List<Article> renumbered = new ArrayList<>(c.articles());
        Article a = renumbered.get(1);
        ClauseInstance first = a.clauses().get(0);
        List<ClauseInstance> clauses = new ArrayList<>(a.clauses());
        clauses.set(0, new ClauseInstance(first.id(), "3.9", first.title(), first.party(), first.variant(),
                first.mc2Ref(), first.blocks(), first.textHash()));
        renumbered.set(1, new Article(a.number(), a.topic(), a.title(), clauses));
        Contract broken = new Contract(c.meta(), c.keyTerms(), c.definitions(), 1, renumbered, c.provenance());
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> Outline.requireSequentialNumbers(broken));
        assertEquals(ExitCode.INTERNAL, e.exitCode());
        assertEquals("contract numbering does not follow Word's list numbering: clause patch-critical is numbered 3.9, "
                + "expected 3.1", e.getMessage());

        Contract noDefinitions = new Contract(c.meta(), c.keyTerms(), c.definitions(), 0, c.articles(), c.provenance());
        assertThrows(Mc2Exception.class, () -> Outline.requireSequentialNumbers(noDefinitions));
    }
}
