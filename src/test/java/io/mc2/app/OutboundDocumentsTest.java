package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.compare.CompareOptions;
import io.mc2.compare.DocxComparer;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.testing.DocxCopies;
import io.mc2.testing.OutboundScan;
import io.mc2.testing.OutboundSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document mc2 writes for the supplier — the draft of every shipped profile (with and
 * without the sample deal), the counter-redline over every respond and gap fixture, a compare
 * output — holds none of our negotiating words, internal guidance, profile names or position
 * values that are not on the table in that clause (see {@link OutboundScan}). The last tests plant
 * leaks and show the scan reports them.
 */
class OutboundDocumentsTest {
    static final Path CLAUSES = Path.of("clauses");
    static final Path PROFILES = Path.of("profiles");
    static final Path DEAL = Path.of("output-samples/sample-deal.yaml");
    static final Path GAP = Path.of("src/test/resources/gap");

    @TempDir
    static Path tmp;

    static ClauseLibrary library;
    static ProfileResolver resolver;
    static Set<String> profileNames = new LinkedHashSet<>();

    @BeforeAll
    static void load() {
        library = LibraryLoader.load(CLAUSES);
        resolver = new ProfileResolver(library, PROFILES);
        for (String id : resolver.available()) profileNames.add(resolver.resolve(id).name());
    }

    static OutboundSecrets secrets(String profile) {
        return OutboundSecrets.of(library, resolver.resolve(profile), profileNames);
    }

    static Stream<String> profiles() {
        return resolver().available().stream();
    }

    private static ProfileResolver resolver() {
        if (resolver == null) load();
        return resolver;
    }

    static byte[] draft(String profile, Path deal) throws Exception {
        Path out = tmp.resolve(profile + (deal == null ? "" : "-deal") + ".docx");
        new DraftWorkflow(List.of(new io.mc2.write.docx.DocxContractWriter())).run(new DraftWorkflow.Request(CLAUSES, PROFILES, profile, deal, LocalDate.of(2026, 12, 1), "docx", out, true));
        return Files.readAllBytes(out);
    }

    /** The clauses of library 0.3.0 (general terms and new topics) are in every shipped profile's draft, so the scans cover them. */
    static final List<String> ADDED_IN_0_3 = List.of("order-of-precedence", "interpretation", "term-survival", "notices",
            "security-information", "security-remedies", "change-of-law", "patch-kev", "severity-rating", "device-restoration",
            "safe-operation", "device-isolation", "update-integrity", "physical-ports", "security-program", "third-party-servicing");

    @ParameterizedTest(name = "the new clauses are in the draft of {0}")
    @MethodSource("profiles")
    void theNewClausesAreScanned(String profile) throws Exception {
        String props = "";
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(draft(profile, null)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("docProps/custom.xml")) props = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        for (String id : ADDED_IN_0_3) assertTrue(props.contains("mc2.clause." + id + "\""), profile + " drafts " + id);
        OutboundSecrets s = secrets(profile);
        assertTrue(ADDED_IN_0_3.stream().allMatch(id -> library.clauses().containsKey(id)));
        assertTrue(s.guidance().stream().anyMatch(g -> g.contains("Health-ISAC")), "the new guidance is among what the scan looks for");
    }

    @ParameterizedTest(name = "draft of {0}")
    @MethodSource("profiles")
    void draftsHoldNothingInternal(String profile) throws Exception {
        OutboundSecrets s = secrets(profile);
        assertTrue(s.positions().values().stream().mapToInt(List::size).sum() > 0, "the scan has positions to look for");
        assertEquals(List.of(), OutboundScan.scan(draft(profile, null), null, s), "without a deal");
        assertEquals(List.of(), OutboundScan.scan(draft(profile, DEAL), null, s), "with the sample deal");
    }

    static Stream<Path> returned() {
        return Stream.of(GAP.resolve("lo-supplier.docx"), GAP.resolve("lo-clean-copy.docx"), GAP.resolve("lo-supplier-paper.docx"),
                GAP.resolve("compared-anchored.docx"), Path.of("src/test/resources/respond/supplier-lo.docx"));
    }

    static RespondWorkflow.Result respond(Path supplier, Path out) {
        // the returns were made from drafts of library 0.2.0: respond regenerates those drafts from that library
        return new RespondWorkflow().run(new RespondWorkflow.Request(supplier, null, null, io.mc2.testing.Fixtures.fixtureClauses(),
                io.mc2.testing.Fixtures.fixtureProfiles(), "Riverside Legal",
                "2026-12-15T09:00:00Z", out, true));
    }

    @ParameterizedTest(name = "counter-redline over {0}")
    @MethodSource("returned")
    void counterRedlinesHoldNothingInternal(Path supplier) throws Exception {
        Path out = tmp.resolve("counter-" + supplier.getFileName());
        RespondWorkflow.Result r = respond(supplier, out);
        assertTrue(!r.decisions().isEmpty(), "the fixture gives respond something to decide");
        OutboundSecrets s = secrets(r.report().draft().profile());
        assertEquals(List.of(), OutboundScan.scan(Files.readAllBytes(out), Files.readAllBytes(supplier), s));
    }

    @Test
    void aCompareOutputHoldsNothingInternal() throws Exception {
        var r = DocxComparer.compare(draft("gpo-standard", DEAL), Files.readAllBytes(GAP.resolve("lo-clean-copy.docx")),
                CompareOptions.defaults().withAuthor("Riverside Legal").withDate("2026-12-15T09:00:00Z"));
        assertTrue(!r.changes().isEmpty(), "the supplier's clean copy differs from the draft");
        assertEquals(List.of(), OutboundScan.scan(r.docx(), null, secrets("gpo-standard")));
    }

    @Test
    void theScanReportsLeaksPlantedInACounterRedline() throws Exception {
        Path counter = tmp.resolve("counter-lo-supplier.docx");
        respond(GAP.resolve("lo-supplier.docx"), counter);
        OutboundSecrets s = secrets("gpo-standard");
        String why = library.clauses().get("patch-critical").guidance().why().replaceAll("\\s+", " ");
        Path leaky = tmp.resolve("leaky.docx");
        // 5.4 (exploited vulnerabilities, under review for the supplier's comment): the supplier wrote five business
        // days; ten is our walk-away, nowhere on the table
        DocxCopies.withPart(counter, leaky, "word/comments.xml", xml -> xml.replace(
                "We are reviewing this change and will respond to it separately.",
                "We accept five (5) business days; walk-away 30 days, ten (10) business days. " + why));
        List<String> found = OutboundScan.scan(Files.readAllBytes(leaky), Files.readAllBytes(GAP.resolve("lo-supplier.docx")), s);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("word/comments.xml: negotiating word 'walk-away'")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("word/comments.xml: internal guidance")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("walk-away of Notice of Known Exploited Vulnerabilities of "
                + "'Notice of Known Exploited Vulnerabilities' as text: ten (10) business days")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("five (5) business days")), "the value accepted is on the table: " + found);

        // the comment mc2 used to write on 6.2, positions and all
        DocxCopies.withPart(counter, leaky, "word/comments.xml", xml -> xml.replace("We accept sixty (60) days.",
                "Accepted: within fallback. Patch window, High Vulnerabilities: proposed sixty (60) days; our position: preferred 30 days,"
                        + " fallback 60 days, walk-away 90 days."));
        found = OutboundScan.scan(Files.readAllBytes(leaky), Files.readAllBytes(GAP.resolve("lo-supplier.docx")), s);
        assertTrue(found.stream().anyMatch(f -> f.endsWith("walk-away of Patch window, High Vulnerabilities of "
                + "'Security Patches for High Vulnerabilities' as text: 90 days")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("word/comments.xml: negotiating word 'fallback'")), found.toString());
    }

    @Test
    void theScanReportsAProfileNameOrAPositionInADraftsHeader() throws Exception {
        Path draft = tmp.resolve("draft.docx");
        Files.write(draft, draft("gpo-standard", DEAL));
        Path leaky = tmp.resolve("leaky-header.docx");
        DocxCopies.withPart(draft, leaky, "word/header.xml", xml -> xml.replace("Draft v1.0.0",
                "Draft \u2014 GPO Standard Cybersecurity Terms, forty-five (45) days"));
        List<String> found = OutboundScan.scan(Files.readAllBytes(leaky), null, secrets("gpo-standard"));
        assertTrue(found.contains("word/header.xml: profile name 'GPO Standard Cybersecurity Terms'"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("word/header.xml: fallback of Patch window, Critical Vulnerabilities")),
                found.toString());
    }
}
