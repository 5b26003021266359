package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped language rule fires on the supplier push-back it is meant to catch, and not on our own text. */
class LanguageRulesTest {
    static final LanguageRules RULES = LanguageRules.load(Path.of("clauses/language-rules.yaml"), "Manufacturer", "Customer");

    static Set<String> fired(String sent, String found) {
        Set<String> ids = new TreeSet<>();
        RULES.apply(sent, found).forEach(f -> ids.add(f.rule()));
        return ids;
    }

    @Test
    void eachRuleCatchesItsPattern() {
        String base = "Manufacturer shall deliver a Security Patch within thirty (30) days after Manufacturer becomes aware of the Vulnerability.";
        assertTrue(fired(base, base.replace("shall deliver", "will use commercially reasonable efforts to deliver"))
                .contains("obligation-weakened"));
        assertTrue(fired(base, base.replace("becomes aware of", "confirms")).contains("clock-start-moved"));
        assertTrue(fired(base, base.replace("deliver", "make available")).contains("scope-narrowed"));
        assertTrue(fired(base, base + " Patches are delivered only upon request.").contains("scope-narrowed"));
        assertTrue(fired(base + " This includes patches for the Product, including in a Third-Party Component.",
                base + " This includes patches for the Product.").contains("scope-narrowed"), "an inclusion struck out");
        assertTrue(fired(base, base.replace(".", ", unless the change requires new FDA clearance.")).contains("regulatory-escape"));
        assertTrue(fired(base, base + " Customer shall install every Security Patch.").contains("duty-shifted"));
        assertTrue(fired(base, base.replace("Manufacturer shall", "Each party shall")).contains("duty-shifted"));
        assertTrue(fired(base + " at no charge to Customer", base).contains("cost-shifted"));
        assertTrue(fired(base, base + " In no event shall Manufacturer's liability exceed the fees paid.").contains("liability-limited"));
        assertTrue(fired(base, "Manufacturer will support the Product in accordance with its published lifecycle policy.")
                .contains("lifecycle-diluted"));
        assertTrue(fired(base, base + " Manufacturer may keep a persistent remote connection without prior approval.")
                .contains("remote-access-always-on"));
    }

    @Test
    void ourOwnTextFiresNothing() {
        String base = "Manufacturer shall deliver a Security Patch within thirty (30) days after Manufacturer becomes aware of the Vulnerability.";
        assertEquals(Set.of(), fired(base, base));
    }

    @Test
    void findingsQuoteTheTextThatMadeThemFire() {
        List<GapReport.Finding> f = RULES.apply("Manufacturer shall notify Customer.",
                "Manufacturer will endeavour to notify Customer.");
        GapReport.Finding weak = f.stream().filter(x -> x.rule().equals("obligation-weakened")).findFirst().orElseThrow();
        assertTrue(weak.evidence().contains("endeavour"), weak.evidence());
        assertEquals("high", weak.severity());
    }

    @Test
    void aBadPatternIsAnInputFileError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("language-rules.yaml");
        Files.writeString(file, "rules:\n  - id: broken\n    title: Broken\n    severity: low\n    added: ['(unclosed']\n");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LanguageRules.load(file, "M", "C"));
        assertEquals(5, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("not a valid regular expression"));
    }
}
