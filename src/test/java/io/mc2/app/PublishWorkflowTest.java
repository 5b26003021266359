package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.GpoFixtures;
import io.mc2.playbook.ProfileDiff;
import io.mc2.playbook.ProfileExplanation;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.testing.Fixtures;
import io.mc2.write.playbook.DocxPlaybookWriter;
import io.mc2.write.playbook.HtmlPlaybookWriter;
import io.mc2.write.playbook.MarkdownPlaybookWriter;
import io.mc2.yaml.SchemaCheck;
import io.mc2.yaml.YamlFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishWorkflowTest {
    private final PublishWorkflow publish = new PublishWorkflow(List.of(new DocxPlaybookWriter(), new MarkdownPlaybookWriter(),
            new HtmlPlaybookWriter()));

    @Test
    void theBundleHoldsStandaloneProfileSummariesChangelogAndChecksums(@TempDir Path dir) throws IOException {
        PublishWorkflow.Result r = publish.run(new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "gpo",
                "gpo-1.0.0", dir, false));
        assertEquals(List.of("SHA256SUMS", "gpo-1.1.0-changelog.md", "gpo-1.1.0-summary.docx", "gpo-1.1.0-summary.html",
                "gpo-1.1.0-summary.md", "gpo-1.1.0.yaml"), list(dir));
        ClauseLibrary library = GpoFixtures.library();
        ProfileResolver resolver = GpoFixtures.resolver(library);
        String expected = ProfileDiff.between(library, resolver.resolve("gpo-1.0.0"), resolver.resolve("gpo")).render("md");
        assertEquals(expected, Files.readString(dir.resolve("gpo-1.1.0-changelog.md")));
        assertTrue(Files.readString(dir.resolve("gpo-1.1.0-summary.md")).contains("### 2.1 Patching (`patch`)"));
        assertEquals(5, r.checksums().size());
    }

    @Test
    void everyFileIsListedInSha256sumsWithItsDigest(@TempDir Path dir) throws IOException {
        publish.run(new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "member", "gpo", dir, false));
        List<String> lines = Files.readAllLines(dir.resolve(PublishWorkflow.CHECKSUMS), StandardCharsets.UTF_8);
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines) {
            assertTrue(line.matches("[0-9a-f]{64}  [^/\\\\]+"), "sha256sum format: " + line);
            listed.put(line.substring(66), line.substring(0, 64));
        }
        List<String> files = new ArrayList<>(list(dir));
        files.remove(PublishWorkflow.CHECKSUMS);
        assertEquals(files, List.copyOf(listed.keySet()));
        for (Map.Entry<String, String> e : listed.entrySet()) {
            assertEquals(e.getValue(), PublishWorkflow.sha256(Files.readAllBytes(dir.resolve(e.getKey()))), e.getKey());
        }
        // a changed file no longer matches its listed digest
        Files.writeString(dir.resolve("member-2.0.0-summary.md"), "tampered\n");
        assertFalse(listed.get("member-2.0.0-summary.md")
                .equals(PublishWorkflow.sha256(Files.readAllBytes(dir.resolve("member-2.0.0-summary.md")))));
    }

    @Test
    void theStandaloneProfileResolvesToTheSameEffectiveProfile(@TempDir Path dir) {
        roundTrip(Fixtures.library(), GpoFixtures.profiles(), "member", dir.resolve("member"));
        roundTrip(Fixtures.library(), Fixtures.profiles(), "root", dir.resolve("root"));
    }

    @Test
    void everyShippedProfileRoundTrips(@TempDir Path dir) {
        ClauseLibrary shipped = LibraryLoader.load(Fixtures.shippedClauses());
        for (String id : new ProfileResolver(shipped, Fixtures.shippedProfiles()).available()) {
            roundTrip(Fixtures.shippedClauses(), Fixtures.shippedProfiles(), id, dir.resolve(id));
        }
    }

    /**
     * A member who tightens every preferred position it can (to the parameter's strictest bound)
     * gets the same effective profile — above all the same values sent — whether it extends the
     * shipped profile by id or the standalone file published from it.
     */
    @Test
    void aMemberExtendingThePublishedFileSendsWhatItWouldExtendingTheId(@TempDir Path dir) throws IOException {
        ClauseLibrary shipped = LibraryLoader.load(Fixtures.shippedClauses());
        ProfileResolver resolver = new ProfileResolver(shipped, Fixtures.shippedProfiles());
        for (String id : resolver.available()) {
            PublishWorkflow.Result r = publish.run(new PublishWorkflow.Request(Fixtures.shippedClauses(), Fixtures.shippedProfiles(), id,
                    null, dir.resolve(id), false));
            Path standalone = r.files().get(id + "-" + r.profile().version() + ".yaml");
            StringBuilder clauses = new StringBuilder();
            int tightened = 0;
            for (io.mc2.profile.ProfileClause pc : r.profile().included()) {
                StringBuilder params = new StringBuilder();
                for (io.mc2.library.Parameter p : shipped.clauses().get(pc.id()).parameters().values()) {
                    io.mc2.profile.Position pos = pc.parameters().get(p.name());
                    java.math.BigDecimal strictest = p.stricter() == io.mc2.library.Stricter.LOWER ? p.min()
                            : p.stricter() == io.mc2.library.Stricter.HIGHER ? p.max() : null;
                    if (pos.preferred() == null || strictest == null) continue;
                    params.append("      ").append(p.name()).append(": {preferred: ").append(strictest.toPlainString()).append("}\n");
                    tightened++;
                }
                if (params.length() > 0) clauses.append("  ").append(pc.id()).append(":\n    parameters:\n").append(params);
            }
            assertTrue(tightened > 0, id);
            String member = "id: member\nname: Member\nversion: 1.0.0\nextends: %s\nclauses:\n" + clauses;
            Path byId = Files.writeString(dir.resolve(id + "-by-id.yaml"), member.formatted(id));
            Path byFile = Files.writeString(dir.resolve(id + "-by-file.yaml"), member.formatted(standalone.toAbsolutePath()));
            ResolvedProfile a = resolver.resolve(byId.toString());
            ResolvedProfile b = resolver.resolve(byFile.toString());
            assertEquals(sent(a), sent(b), id + ": the values sent");
            assertEquals(effective(shipped, a), effective(shipped, b), id);
        }
    }

    private static String sent(ResolvedProfile p) {
        StringBuilder sb = new StringBuilder();
        for (io.mc2.profile.ProfileClause pc : p.included()) {
            pc.parameters().values().forEach(pos -> sb.append(pc.id()).append('.').append(pos.parameter()).append('=')
                    .append(pos.sent().value()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void refusesToOverwriteWithoutForceAndLeavesTheBundleAsItWas(@TempDir Path dir) throws IOException {
        PublishWorkflow.Request request = new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "gpo", null,
                dir, false);
        publish.run(request);
        Path sums = dir.resolve(PublishWorkflow.CHECKSUMS);
        Files.delete(sums);
        Files.writeString(dir.resolve("gpo-1.1.0-summary.md"), "older summary\n");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> publish.run(request));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("already exists (use --force to replace it)"), e.getMessage());
        assertFalse(Files.exists(sums), "nothing is written when any target exists");
        assertEquals("older summary\n", Files.readString(dir.resolve("gpo-1.1.0-summary.md")));

        publish.run(new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "gpo", null, dir, true));
        assertTrue(Files.exists(sums));
        assertTrue(Files.readString(dir.resolve("gpo-1.1.0-summary.md")).startsWith("*Fixture GPO Terms 1.1.0"));
    }

    @Test
    void publishingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        publish.run(new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "member", null, dir.resolve("a"), false));
        publish.run(new PublishWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "member", null, dir.resolve("b"), false));
        assertEquals(Files.readString(dir.resolve("a/SHA256SUMS")), Files.readString(dir.resolve("b/SHA256SUMS")));
    }

    @Test
    void anOutputThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> publish.run(new PublishWorkflow.Request(Fixtures.library(),
                GpoFixtures.profiles(), "gpo", null, file, false)));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    /** Publishes, then checks the standalone file: schema-valid, no extends, same effective settings. */
    private void roundTrip(Path libraryDir, Path profilesDir, String id, Path out) {
        PublishWorkflow.Result r = publish.run(new PublishWorkflow.Request(libraryDir, profilesDir, id, null, out, false));
        ResolvedProfile original = r.profile();
        Path standalone = r.files().get(original.id() + "-" + original.version() + ".yaml");
        YamlFile yaml = YamlFile.read(standalone);
        assertEquals(List.of(), SchemaCheck.validate(yaml, "profile"), id);
        assertFalse(yaml.root().has("extends"), id);
        ClauseLibrary library = LibraryLoader.load(libraryDir);
        // resolved from an empty profiles folder: nothing can be inherited
        ResolvedProfile again = new ProfileResolver(library, out.resolve("no-profiles-here")).resolve(standalone.toString());
        assertEquals(1, again.chain().size());
        assertEquals(effective(library, original), effective(library, again), id);
    }

    /** Everything the effective profile says, without where it was said. */
    private static String effective(ClauseLibrary library, ResolvedProfile p) {
        StringBuilder sb = new StringBuilder(p.id() + "|" + p.name() + "|" + p.version() + "|" + p.publisher() + "|"
                + p.description() + "\n");
        ProfileExplanation e = new ProfileExplanation(library, p);
        e.general().forEach(s -> sb.append(s.key()).append('=').append(s.raw()).append('\n'));
        for (ProfileExplanation.ClauseSettings c : e.clauses()) {
            c.settings().forEach(s -> sb.append(c.id()).append('.').append(s.key()).append('=').append(s.raw()).append('\n'));
        }
        return sb.toString();
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
