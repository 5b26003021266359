package io.mc2.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    @Test
    void loadsTheFixtureLibraryInTopicOrderWithTypedParameters() {
        ClauseLibrary lib = LibraryLoader.load(Fixtures.library());
        assertEquals("fixture library", lib.name());
        assertEquals(List.of("patch", "insure"), List.copyOf(lib.clauses().keySet()));
        Clause insure = lib.clauses().get("insure");
        assertEquals(ParameterType.MONEY, insure.parameters().get("cover").type());
        assertEquals(new BigDecimal("2500000"), insure.parameters().get("cover").defaultValue());
        assertEquals("EUR", insure.parameters().get("cover").currency());
        assertEquals(Boolean.TRUE, insure.parameters().get("named").defaultValue());
        assertEquals(List.of("strong", "lenient"), List.copyOf(lib.clauses().get("patch").variants().keySet()));
        assertEquals("MC2 v2 #31 (unverified)", lib.clauses().get("patch").mc2Display());
        assertEquals(64, lib.hash().length());
    }

    @Test
    void variantLinePointsAtTheFirstTemplateLine() throws IOException {
        Clause patch = LibraryLoader.load(Fixtures.library()).clauses().get("patch");
        List<String> lines = Files.readAllLines(patch.source());
        assertTrue(lines.get(patch.variants().get("strong").line() - 1).contains("shall patch each Widget"));
    }

    @Test
    void reportsEveryProblemWithFileAndLine(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("a/patch.yaml"), Files.readString(dir.resolve("a/patch.yaml"))
                .replace("topic: alpha", "topic: gamma")
                .replace("default: 30, min: 1", "default: 300, min: 1")
                .replace("terms: [Widget]", "terms: [Widget, Sprocket]"));
        Files.writeString(dir.resolve("b/insure.yaml"), Files.readString(dir.resolve("b/insure.yaml"))
                .replace("party: shared", "party: everyone"));
        Files.writeString(dir.resolve("b/broken.yaml"), "id: broken\ntitle: [unclosed\n");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        assertEquals(ExitCode.INVALID_INPUT_FILE, e.exitCode());
        List<String> lines = e.problems().stream().map(p -> dir.relativize(p.file()) + ":" + p.line() + ": " + p.message()).toList();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("a/patch.yaml:3: unknown topic 'gamma'"), lines.get(0));
        assertTrue(lines.get(1).startsWith("a/patch.yaml:9: parameter 'window': default 300 is above the maximum 90"), lines.get(1));
        assertTrue(lines.get(2).startsWith("a/patch.yaml:21: term 'Sprocket' is not defined"), lines.get(2));
        assertTrue(lines.get(3).startsWith("b/broken.yaml:2: YAML syntax: while parsing a flow sequence"), lines.get(3));
        assertTrue(lines.get(3).contains("YAML syntax"), lines.get(3));
        assertTrue(lines.get(4).startsWith("b/insure.yaml:4: party: 'everyone' is not one of ["), lines.get(4));
    }

    @Test
    void aClauseUsingADefinedTermItDoesNotListIsAProblem(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("a/patch.yaml"), Files.readString(dir.resolve("a/patch.yaml"))
                .replace("$mdm will try", "$mdm will try to fix each Gadget and"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        Problem p = e.problems().get(0);
        assertEquals(20, p.line());
        assertTrue(p.message().contains("uses the defined term 'Gadget'"), p.message());
    }

    @Test
    void aTopicsOrderOpensItsArticleAndNamesOnlyItsOwnClauses(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        // a second alpha clause that files after patch.yaml, ordered first
        Files.writeString(dir.resolve("a/zeta.yaml"), Files.readString(dir.resolve("a/patch.yaml")).replace("id: patch", "id: zeta"));
        Path index = dir.resolve("library.yaml");
        Files.writeString(index, Files.readString(index).replace("{id: alpha, title: Alpha Duties}",
                "{id: alpha, title: Alpha Duties, order: [zeta]}"));
        assertEquals(List.of("zeta", "patch", "insure"), List.copyOf(LibraryLoader.load(dir).clauses().keySet()));
        Files.writeString(index, Files.readString(index).replace("order: [zeta]", "order: [zeta, insure]"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("topic 'alpha' orders clause 'insure', which is not a clause of that topic")),
                e.problems().toString());
    }

    @Test
    void idMustMatchFileNameAndBeUnique(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.copy(dir.resolve("a/patch.yaml"), dir.resolve("b/patch-copy.yaml"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("does not match its file name")));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is also used by")));
    }

    @Test
    void theRationaleForTheSupplierIsLoadedAndKeptOutOfTheLibraryHash(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        String before = LibraryLoader.load(dir).hash();
        Path patch = dir.resolve("a/patch.yaml");
        Files.writeString(patch, Files.readString(patch).replace("guidance: {why: w, supplier-changes: s, fallback: f}",
                "guidance:\n  why: w\n  to-supplier: >-\n    Patches protect patients;\n\n    we ask for them.\n  supplier-changes: s\n  fallback: f"));
        ClauseLibrary lib = LibraryLoader.load(dir);
        assertEquals("Patches protect patients;\nwe ask for them.", lib.clauses().get("patch").guidance().toSupplier());
        assertEquals("w", lib.clauses().get("patch").guidance().why());
        String blockStyle = lib.hash();
        Files.writeString(patch, Files.readString(patch).replace("  to-supplier: >-\n    Patches protect patients;\n\n    we ask for them.\n", ""));
        assertEquals(blockStyle, LibraryLoader.load(dir).hash(), "writing a to-supplier text leaves drafts already sent current");
        assertTrue(!before.equals(blockStyle), "the rest of the guidance still counts");
        Files.writeString(patch, Files.readString(patch).replace("fallback: f", "fallback: g"));
        assertTrue(!blockStyle.equals(LibraryLoader.load(dir).hash()), "any other change still changes the hash");
        assertEquals("", LibraryLoader.load(Fixtures.library()).clauses().get("insure").guidance().toSupplier(), "optional");
    }

    @Test
    void aRationaleForTheSupplierMayNotUseOurNegotiatingVocabulary(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path patch = dir.resolve("a/patch.yaml");
        Files.writeString(patch, Files.readString(patch).replace("fallback: f}", "fallback: f,\n  to-supplier: We could go to our walk-away.}"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(23, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("guidance to-supplier says 'walk-away'"), e.problems().get(0).message());
    }

    @Test
    void falseWhenLinksABooleanToALanguageRuleThatExists(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path patch = dir.resolve("a/patch.yaml");
        Files.writeString(patch, Files.readString(patch).replace("  notice: {", "  free: {type: boolean, label: Free, default: true, "
                + "false-when: cost-shifted}\n  notice: {").replace("stricter: lower}\n  free", "stricter: lower, false-when: cost-shifted}\n  free"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> LibraryLoader.load(dir));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("parameter 'window': false-when applies to booleans only"), messages.toString());
        assertTrue(messages.contains("parameter 'free': false-when names no rule of language-rules.yaml: 'cost-shifted'"),
                messages.toString());
        Files.writeString(patch, Files.readString(patch).replace("stricter: lower, false-when: cost-shifted}", "stricter: lower}"));
        Files.writeString(dir.resolve("language-rules.yaml"), "rules:\n  - {id: cost-shifted, title: Cost, severity: medium, "
                + "removed: ['at no charge']}\n");
        assertEquals("cost-shifted", LibraryLoader.load(dir).clauses().get("patch").parameters().get("free").falseWhen());
    }

    /** A false-when is a rating hint that never enters a draft: adding one leaves drafts already sent current. */
    @Test
    void aFalseWhenLineIsKeptOutOfTheLibraryHash() {
        String yaml = "parameters:\n  free:\n    type: boolean\n    false-when: cost-shifted  # why\n    default: true\n";
        assertEquals("parameters:\n  free:\n    type: boolean\n    default: true\n",
                new String(LibraryHash.hashed(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void definedTermsAreFoundAsWholeWordsWithPluralsAndLongestFirst() {
        List<String> terms = List.of("Vulnerability", "Known Exploited Vulnerability", "Product");
        assertEquals(java.util.Set.of("Known Exploited Vulnerability"),
                DefinedTerms.usedIn("each Known Exploited Vulnerability in the product", terms));
        assertEquals(java.util.Set.of("Vulnerability", "Product"),
                DefinedTerms.usedIn("Vulnerabilities in Products", terms));
        assertEquals(java.util.Set.of(), DefinedTerms.usedIn("ProductLine and Vulnerable", terms));
    }

    static void copyFixture(Path dir) throws IOException {
        Path src = Fixtures.library();
        try (var files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
