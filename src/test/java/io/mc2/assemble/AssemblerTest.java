package io.mc2.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.Definition;
import io.mc2.model.KeyTerm;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.Fixtures;
import io.mc2.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssemblerTest {
    private final ClauseLibrary library = LibraryLoader.load(Fixtures.library());
    private final ProfileResolver resolver = new ProfileResolver(library, Fixtures.profiles());
    private final Assembler assembler = new Assembler(new ClauseRenderer());

    @Test
    void assemblesTheRootProfileWithoutDealFacts() {
        Contract c = assembler.assemble(library, resolver.resolve("root"), DealFacts.none(), LocalDate.of(2026, 12, 1));
        Golden.assertMatches("assemble/root-no-deal.txt", outline(c));
    }

    @Test
    void dealFactsFillTheBlanksAndApplyWhenDropsClauses(@TempDir Path dir) throws IOException {
        Path deal = dir.resolve("deal.yaml");
        Files.writeString(deal, """
                agreement: {reference: MSA-7, title: Supply Agreement, effective-date: 2027-02-03}
                hdo: {name: "General Hospital $x #set"}
                mdm: {name: Maker Inc.}
                product: {name: Pump, model: P-1}
                device: {networked: false}
                """);
        Contract c = assembler.assemble(library, resolver.resolve("root"), DealLoader.load(deal), LocalDate.of(2027, 2, 3));
        assertEquals(1, c.clauses().size(), "patch applies only to networked devices");
        assertEquals("insure", c.clauses().get(0).id());
        assertEquals("1.1", c.clauses().get(0).number(), "no definitions are used, so the first article is 1");
        assertEquals(0, c.definitionsArticle());
        assertTrue(c.meta().preamble().contains("3 February 2027 between General Hospital $x #set (\u201cHospital\u201d)"),
                c.meta().preamble());
        assertTrue(c.meta().preamble().contains("supplies Pump (model P-1)"), c.meta().preamble());
        assertEquals("MSA-7 \u00b7 Medical Device Cybersecurity Exhibit \u2014 Draft v1.0.0", c.meta().headerText(),
                "the header the supplier sees names the document, not our profile");
        assertFalse(c.provenance().containsKey("mc2.profile.name"), "nor do the document's properties");
        assertEquals("root", c.provenance().get("mc2.profile.id"));
        assertEquals("false", c.provenance().get("mc2.deal.device.networked"));
    }

    @Test
    void aCrossReferenceToAClauseLeftOutIsAnError() {
        ResolvedProfile child = resolver.resolve("child");
        Mc2Exception e = assertThrows(Mc2Exception.class,
                () -> assembler.assemble(library, child, DealFacts.none(), LocalDate.of(2026, 1, 1)));
        assertTrue(e.problems().get(0).message().contains("refers to clause 'insure', which is not in this draft"),
                e.problems().get(0).message());
    }

    @Test
    void textHashIsStableAndCoversTheText() {
        Contract a = assembler.assemble(library, resolver.resolve("root"), DealFacts.none(), LocalDate.of(2026, 12, 1));
        Contract b = assembler.assemble(library, resolver.resolve("root"), DealFacts.none(), LocalDate.of(2027, 1, 1));
        assertEquals(a.clauses().get(0).textHash(), b.clauses().get(0).textHash());
        assertEquals(Assembler.textHash(a.clauses().get(0).plainText()), a.clauses().get(0).textHash());
        assertEquals(16, a.clauses().get(0).textHash().length());
    }

    /** A readable rendering of the whole model, for golden comparison. */
    static String outline(Contract c) {
        StringBuilder sb = new StringBuilder();
        sb.append("title: ").append(c.meta().title()).append('\n');
        sb.append("header: ").append(c.meta().headerText()).append('\n');
        sb.append("preamble: ").append(c.meta().preamble()).append('\n');
        for (KeyTerm k : c.keyTerms()) {
            sb.append("key term: ").append(k.clauseNumber()).append(' ').append(k.label()).append(" = ").append(k.value()).append('\n');
        }
        sb.append("definitions article: ").append(c.definitionsArticle()).append('\n');
        for (Definition d : c.definitions()) sb.append("definition: ").append(d.term()).append(" means ").append(d.meaning()).append('\n');
        c.articles().forEach(a -> {
            sb.append(a.number()).append(". ").append(a.title()).append('\n');
            for (ClauseInstance ci : a.clauses()) {
                sb.append("  ").append(ci.number()).append(' ').append(ci.title()).append(" [").append(ci.id()).append(", ")
                        .append(ci.party()).append(", ").append(ci.variant()).append(", ").append(ci.mc2Ref()).append(", ")
                        .append(ci.textHash()).append("]\n");
                for (Block b : ci.blocks()) {
                    sb.append("    ").append(b.kind()).append(": ");
                    for (io.mc2.model.Inline i : b.inlines()) {
                        if (i instanceof io.mc2.model.Inline.Value v) sb.append('{').append(v.parameter()).append('=').append(v.text()).append('}');
                        else if (i instanceof io.mc2.model.Inline.CrossRef r) sb.append("{ref ").append(r.targetClauseId()).append('=').append(r.text()).append('}');
                        else sb.append(i.text());
                    }
                    sb.append('\n');
                }
            }
        });
        for (Map.Entry<String, String> e : c.provenance().entrySet()) {
            if (e.getKey().endsWith(".hash") || e.getKey().equals("mc2.generator")) continue;
            sb.append("provenance: ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        }
        return sb.toString();
    }
}
