package io.mc2.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    static final List<String> CLAUSES = List.of("patch-critical", "patch-high", "patch-other", "sbom", "sbom-vex");

    @Test
    void aTypoGetsTheNameItMisses() {
        assertEquals("patch-high", Spelling.nearest("patch-hihg", CLAUSES), "two letters swapped count once");
        assertEquals("patch-high", Spelling.nearest("Patch-High", CLAUSES), "case is not a typo");
        assertEquals("walk-away", Spelling.nearest("walkaway", List.of("value", "preferred", "fallback", "walk-away")));
        assertEquals("; did you mean 'gpo-standard'?", Spelling.didYouMean("gpo-standrd", List.of("gpo-standard", "mc2-baseline")));
    }

    @Test
    void anotherWordGetsNoGuess() {
        assertNull(Spelling.nearest("insurance", CLAUSES));
        assertNull(Spelling.nearest("sxam", CLAUSES), "one edit per four letters at most");
        assertNull(Spelling.nearest("sbom", CLAUSES), "the name itself is no suggestion");
        assertEquals("", Spelling.didYouMean("xyz", CLAUSES));
    }
}
