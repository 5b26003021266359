package io.mc2.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mc2.app.ReviewWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.profile.ProfileClause;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supplier papers of {@code src/test/resources/paper/} reviewed against gpo-standard and held to the
 * mapping and verdicts written by hand in {@code expected.yaml} before the review first ran on them.
 */
class PaperReviewTest {
    static final Path DIR = Path.of("src/test/resources/paper");
    static ReviewWorkflow.Prepared prepared;
    static JsonNode expected;
    static final Map<String, ReviewWorkflow.Result> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void reviewEveryPaper() throws IOException {
        prepared = ReviewWorkflow.prepare(new ReviewWorkflow.Request(null, "gpo-standard", null, Path.of("clauses"), Path.of("profiles")));
        expected = new ObjectMapper(new YAMLFactory()).readTree(DIR.resolve("expected.yaml").toFile()).get("papers");
        expected.fieldNames().forEachRemaining(name -> RESULTS.put(name, prepared.review(DIR.resolve(name))));
    }

    private static JsonNode expectation(String paper) {
        JsonNode e = expected.get(paper);
        return e.has("same-as") ? expected.get(e.get("same-as").asText()) : e;
    }

    /** The library clauses the report says each paper clause addresses, by the paper's label. */
    private static Map<String, Set<String>> mapped(GapReport report) {
        Map<String, Set<String>> out = new HashMap<>();
        for (GapReport.ClauseReport c : report.clauses()) {
            if (c.paper() == null) continue;
            for (String label : c.paper().split(", ")) {
                Set<String> ids = out.computeIfAbsent(label, k -> new HashSet<>());
                if (c.kind().equals("clause")) ids.add(c.id());
            }
        }
        return out;
    }

    @Test
    void atLeastNinetyPercentOfSupplierClausesMapToTheRightLibraryClauses() {
        int clauses = 0, right = 0, pairsExpected = 0, pairsFound = 0, pairsRight = 0;
        List<String> wrong = new ArrayList<>();
        for (var e : RESULTS.entrySet()) {
            Map<String, Set<String>> got = mapped(e.getValue().report());
            JsonNode want = expectation(e.getKey()).get("clauses");
            Set<String> labels = new HashSet<>();
            for (var w : (Iterable<Map.Entry<String, JsonNode>>) want::fields) {
                labels.add(w.getKey());
                if (w.getValue().isTextual()) continue; // the paper's definitions are not mapped
                clauses++;
                Set<String> ids = new HashSet<>();
                w.getValue().forEach(n -> ids.add(n.asText()));
                Set<String> found = got.getOrDefault(w.getKey(), Set.of());
                if (found.equals(ids) && got.containsKey(w.getKey())) right++;
                else wrong.add(e.getKey() + " " + w.getKey() + ": expected " + ids + ", found " + found);
                pairsExpected += ids.size();
                pairsFound += found.size();
                pairsRight += (int) found.stream().filter(ids::contains).count();
            }
            // every clause the review reports is one the expectations name: segmentation found no others
            for (String label : got.keySet()) if (!labels.contains(label)) wrong.add(e.getKey() + " unexpected clause " + label);
        }
        double exact = (double) right / clauses, precision = (double) pairsRight / pairsFound, recall = (double) pairsRight / pairsExpected;
        String detail = String.format("exact %.3f, precision %.3f, recall %.3f; %s", exact, precision, recall, wrong);
        System.out.println("paper mapping over " + clauses + " clauses: " + detail);
        assertTrue(clauses >= 60, "papers hold " + clauses + " clauses");
        assertTrue(exact >= 0.9, detail);
        assertTrue(precision >= 0.9, detail);
        assertTrue(recall >= 0.9, detail);
        assertTrue(wrong.stream().noneMatch(w -> w.contains("unexpected")), detail);
    }

    @Test
    void verdictsOfTheClausesAPaperAddressesAreThoseDerivedFromTheProfile() {
        int total = 0, right = 0;
        List<String> wrong = new ArrayList<>();
        for (var e : RESULTS.entrySet()) {
            Map<String, Verdict> got = new HashMap<>();
            e.getValue().report().clauses().forEach(c -> got.put(c.id(), c.verdict()));
            for (var w : (Iterable<Map.Entry<String, JsonNode>>) expectation(e.getKey()).get("verdicts")::fields) {
                total++;
                String found = got.get(w.getKey()).id();
                if (found.equals(w.getValue().asText())) right++;
                else wrong.add(e.getKey() + " " + w.getKey() + ": expected " + w.getValue().asText() + ", found " + found);
            }
        }
        assertTrue(total >= 50, "expected verdicts: " + total);
        assertTrue(right >= 0.9 * total, right + "/" + total + " " + wrong);
    }

    /**
     * The email summary goes to the supplier: the clauses their paper leaves out are listed together,
     * so it never tells which of them the profile requires and which we could do without.
     */
    @Test
    void theEmailSummaryListsMissingClausesTogetherWithoutSayingWhichAreRequired() {
        for (var e : RESULTS.entrySet()) {
            GapReport report = e.getValue().report();
            io.mc2.report.EmailSummary s = io.mc2.report.EmailSummary.of(report);
            List<String> missing = report.clauses().stream().filter(c -> c.change().equals("missing")).map(io.mc2.report.ReportText::heading).toList();
            assertTrue(report.clauses().stream().anyMatch(c -> c.verdict() == Verdict.MISSING_REQUIRED), e.getKey() + " misses a required clause");
            assertTrue(report.clauses().stream().anyMatch(c -> c.verdict() == Verdict.MISSING_OPTIONAL), e.getKey() + " misses an optional one");
            assertEquals(missing, s.missing().stream().map(io.mc2.report.EmailSummary.Item::heading).toList(), e.getKey());
            String text = new io.mc2.report.TextSummaryWriter().render(s);
            assertTrue(text.contains("Not covered by your paper; our draft includes them (" + missing.size() + ")"), text);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(required|optional)\\b.*"), text);
        }
    }

    @Test
    void aClauseNoPartOfThePaperAddressesIsMissingRequiredOrOptionalAsTheProfileSays() {
        for (var e : RESULTS.entrySet()) {
            Map<String, ProfileClause> profile = e.getValue().profile().clauses();
            List<GapReport.ClauseReport> missing = e.getValue().report().clauses().stream().filter(c -> c.change().equals("missing")).toList();
            assertFalse(missing.isEmpty(), e.getKey());
            for (GapReport.ClauseReport c : missing) {
                assertEquals(profile.get(c.id()).isRequired() ? Verdict.MISSING_REQUIRED : Verdict.MISSING_OPTIONAL, c.verdict(), c.id());
                assertEquals(null, c.paper(), c.id());
                assertEquals("clause-missing", c.findings().get(0).rule(), c.id());
            }
        }
    }

    @Test
    void everyAddressedClauseNamesThePaperClauseAndTheWordsThatDecidedIt() {
        GapReport r = RESULTS.get("northwind-numbered.docx").report();
        GapReport.ClauseReport patch = r.clauses().stream().filter(c -> c.id().equals("patch-critical")).findFirst().orElseThrow();
        assertEquals("5.1", patch.paper());
        GapReport.Finding mapping = patch.findings().stream().filter(f -> f.rule().equals("paper-mapping")).findFirst().orElseThrow();
        assertTrue(mapping.evidence().matches("score 0\\.\\d\\d; decided by: .*security update ~ security patch.*"), mapping.evidence());
        GapReport.ParameterReport window = patch.parameters().get(0);
        assertEquals("60", window.found());
        assertEquals(Verdict.NEEDS_ESCALATION, window.verdict());
    }

    @Test
    void novelClausesCarryTheLanguageRulesThatFireOnThem() {
        GapReport r = RESULTS.get("vitalsign-run-in.docx").report();
        GapReport.ClauseReport disclaimer = r.clauses().stream().filter(c -> c.kind().equals("novel") && c.title().equals("Warranty Disclaimer"))
                .findFirst().orElseThrow();
        assertEquals(Verdict.NOVEL, disclaimer.verdict());
        assertTrue(disclaimer.findings().stream().anyMatch(f -> f.rule().equals("liability-limited")), disclaimer.findings().toString());
        assertTrue(r.summary().needsReview());
    }

    @Test
    void everyReviewValidatesAgainstTheGapReportSchema() throws IOException {
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(io.mc2.yaml.SchemaCheck.text("gap-report"));
        for (var e : RESULTS.entrySet()) {
            JsonNode json = new ObjectMapper().readTree(io.mc2.report.JsonReportWriter.json(e.getValue().report()));
            var errors = schema.validate(json);
            assertTrue(errors.isEmpty(), e.getKey() + ": " + errors);
        }
    }

    @Test
    void thePdfExportReadsAsTheDocumentItWasMadeFrom() {
        assertEquals(mapped(RESULTS.get("northwind-numbered.docx").report()), mapped(RESULTS.get("northwind-numbered.pdf").report()));
        List<String> pdf = RESULTS.get("northwind-numbered.pdf").review().clauses().stream().map(SupplierClause::label).toList();
        List<String> docx = RESULTS.get("northwind-numbered.docx").review().clauses().stream().map(SupplierClause::label).toList();
        assertEquals(docx, pdf);
    }
}
