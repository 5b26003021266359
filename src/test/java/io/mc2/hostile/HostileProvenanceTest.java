package io.mc2.hostile;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.cli.Main;
import io.mc2.profile.ProfileResolver;
import io.mc2.testing.DocxCopies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A supplier document's provenance ({@code mc2.profile.id}) may only name a profile of the profiles
 * folder by id: paths are refused as an unsafe document, and the report says which profile rated it.
 */
class HostileProvenanceTest {
    static final Path SENT = Path.of("src/test/resources/gap/sent-gpo.docx");

    @TempDir
    Path tmp;

    /** A run; gap, respond and draft rate the committed fixtures with the library they were made from. */
    static Mc2Run mc2(String... args) {
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of((Object[]) args));
        if (args.length > 0 && java.util.Set.of("gap", "respond", "draft").contains(args[0]) && !all.contains("--library")) {
            all.addAll(1, java.util.List.of("--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles",
                    io.mc2.testing.Fixtures.fixtureProfiles()));
        }
        return Mc2Run.of(all.toArray());
    }

    /** A copy of our sent draft whose provenance names {@code profileId} (XML-escaped here). */
    Path naming(String name, String profileId) throws Exception {
        Path doc = tmp.resolve(name);
        String xml = profileId.replace("&", "&amp;").replace("<", "&lt;");
        DocxCopies.withPart(SENT, doc, "docProps/custom.xml", s -> s.replace("<vt:lpwstr>gpo-standard</vt:lpwstr>",
                "<vt:lpwstr>" + xml + "</vt:lpwstr>"));
        return doc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/proc/self/environ", "../../profiles/supplier-paper", "..", "profiles/supplier-paper",
        "..\\..\\x", "gpo standard", "a\nb"})
    void aProvenanceNamingAPathIsAnUnsafeDocument(String profileId) throws Exception {
        Path doc = naming("hostile.docx", profileId);
        Mc2Run r = mc2("gap", doc.toString(), "-f", "json");
        assertEquals(4, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("mc2: " + doc + ": unsafe provenance: the profile it names, '"), line);
        assertTrue(line.endsWith("is not a profile id (letters, digits, '-', '_', '.'; never a path); name the draft we sent with --draft"),
                line);
    }

    @Test
    void anIdThatLooksLikeAFileNameIsLookedUpInTheProfilesFolderOnly() throws Exception {
        // "supplier-paper.yaml" would be a path relative to the working folder if read as the user's --profile
        Path doc = naming("hostile.docx", "supplier-paper.yaml");
        Mc2Run r = mc2("gap", doc.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("mc2: " + doc + ": its provenance names unknown profile 'supplier-paper.yaml' (available: "),
                r.err());
    }

    @Test
    void withTheDraftWeSentTheSuppliersProvenanceIsNotUsedAndTheUserMayNameAProfileFile() throws Exception {
        Path doc = naming("hostile.docx", "/etc/passwd");
        Mc2Run r = mc2("gap", doc.toString(), "-f", "json", "--draft", SENT.toString(), "--profile",
                io.mc2.testing.Fixtures.fixtureProfiles().resolve("gpo-standard.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"profileFrom\" : \"--profile\""), r.out());
    }

    @Test
    void aNamedProfileDoesNotMakeAnUnsafeProvenanceSafe() throws Exception {
        // the provenance still gives the deal facts and date the draft is regenerated from
        Path doc = naming("hostile.docx", "/etc/passwd");
        Mc2Run r = mc2("gap", doc.toString(), "--profile", "gpo-standard");
        assertEquals(4, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void inABatchAnUnsafeProvenanceIsThatDocumentsErrorRow() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.move(naming("evil.docx", "/etc/passwd"), in.resolve("evil.docx"));
        Files.copy(SENT, in.resolve("good.docx"));
        Path out = tmp.resolve("out");
        Mc2Run r = mc2("gap", "--batch", in.toString(), "-o", out.toString(), "--jobs", "1");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.errLines().contains("mc2: " + in.resolve("evil.docx") + ": unsafe provenance: the profile it names, "
                + "'/etc/passwd', is not a profile id (letters, digits, '-', '_', '.'; never a path); name the draft we sent with --draft"),
                r.err());
        assertTrue(Files.isRegularFile(out.resolve("reports/good.json")), "the batch went on");
        String csv = Files.readString(out.resolve("matrix.csv"));
        assertTrue(csv.contains("\r\nevil.docx,") && csv.contains("unsafe provenance"), csv);
    }

    @Test
    void everyReportFormatSaysWhichProfileRatedTheDocumentAndWhoChoseIt() throws Exception {
        // our own draft as the code and library make it today, so that it comes back unchanged
        Path ours = tmp.resolve("sent-today.docx");
        assertEquals(0, Mc2Run.of("draft", "--deal", "output-samples/sample-deal.yaml", "--no-record", "-o", ours).exit());
        Mc2Run json = Mc2Run.of("gap", ours.toString(), "-f", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"profile\" : \"gpo-standard\""), json.out());
        assertTrue(json.out().contains("\"profileVersion\" : \"1.0.0\""), json.out());
        assertTrue(json.out().contains("\"profileFrom\" : \"provenance\""), json.out());
        Mc2Run md = Mc2Run.of("gap", ours.toString(), "-f", "md");
        assertTrue(md.out().contains("Profile **gpo-standard** v1.0.0 (named by the document's provenance)"), md.out());
        Mc2Run html = Mc2Run.of("gap", ours.toString(), "-f", "html");
        assertTrue(html.out().contains("Profile <b>gpo-standard</b> v1.0.0 (named by the document&#39;s provenance)")
                || html.out().contains("Profile <b>gpo-standard</b> v1.0.0 (named by the document's provenance)"), html.out());
        Path docx = tmp.resolve("report.docx");
        Mc2Run word = Mc2Run.of("gap", ours.toString(), "-o", docx.toString());
        assertEquals(0, word.exit(), word.err());
        String body = new String(readPart(docx, "word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("Profile gpo-standard v1.0.0 (named by the document's provenance)"), "the Word report names it");
    }

    @Test
    void aProfileOtherThanTheProvenancesIsWarnedAboutOnStandardErrorAndInTheReport() {
        Mc2Run md = mc2("gap", SENT.toString(), "--profile", "health-system-strict");
        String warning = "the document's provenance names profile 'gpo-standard' (version 1.0.0), but it is rated against profile "
                + "'health-system-strict' version ";
        assertTrue(md.err().lines().anyMatch(l -> l.startsWith("mc2: warning: " + warning) && l.endsWith(" given with --profile")),
                md.err());
        assertTrue(md.out().contains("(given with --profile)"), md.out());
        assertTrue(md.out().contains("> **Warning:** the document's provenance names profile 'gpo-standard'"), md.out());
        Mc2Run same = mc2("gap", SENT.toString(), "--profile", "gpo-standard");
        assertFalse(same.err().contains("provenance names profile"), same.err());
    }

    @Test
    void onlyIdsOfTheProfilesFolderAreProfileIds() {
        for (String ok : List.of("gpo-standard", "a.b_c-1", "GPO2026")) assertTrue(ProfileResolver.isProfileId(ok), ok);
        for (String bad : List.of("", ".", "..", ".hidden", "a..b", "/etc/passwd", "a/b", "a\\b", "C:x", "x y", "x\u0000", "~x")) {
            assertFalse(ProfileResolver.isProfileId(bad), bad);
        }
    }

    static byte[] readPart(Path docx, String part) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            return zip.getInputStream(zip.getEntry(part)).readAllBytes();
        }
    }
}
