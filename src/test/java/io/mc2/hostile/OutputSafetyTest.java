package io.mc2.hostile;

import io.mc2.testing.Fixtures;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.OutputFolder;
import io.mc2.cli.Main;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outputs never replace a file the command reads (by real path), {@code --force} replaces regular
 * files only, two runs never both create one new file or share one batch folder, and a missing
 * output folder is named. Works on copies of the shipped library and profiles.
 */
class OutputSafetyTest {
    static final Path SENT = Path.of("src/test/resources/gap/sent-gpo.docx");

    @TempDir
    Path tmp;
    Path clauses;
    Path profiles;

    /** A run; gap, respond and draft rate the committed fixtures with the library they were made from. */
    static Mc2Run mc2(String... args) {
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of((Object[]) args));
        if (args.length > 0 && java.util.Set.of("gap", "respond", "draft").contains(args[0]) && !all.contains("--library")) {
            all.addAll(1, java.util.List.of("--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles",
                    io.mc2.testing.Fixtures.fixtureProfiles()));
        }
        return Mc2Run.of(all.toArray());
    }

    @BeforeEach
    void copies() throws IOException {
        clauses = Fixtures.copyTree(Fixtures.fixtureClauses(), tmp.resolve("clauses"));
        profiles = Fixtures.copyTree(Fixtures.fixtureProfiles(), tmp.resolve("profiles"));
    }


    Mc2Run draft(String... more) {
        List<String> args = new ArrayList<>(List.of("draft", "--library", clauses.toString(), "--profiles", profiles.toString()));
        args.addAll(List.of(more));
        return mc2(args.toArray(String[]::new));
    }

    static void assertRefused(Mc2Run r, Path target, String why) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("mc2: " + target + ": " + why + "\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"profiles/gpo-standard.yaml", "profiles/mc2-baseline.yaml", "clauses/library.yaml",
        "clauses/definitions.yaml", "clauses/language-rules.yaml", "clauses/patching/patch-critical.yaml"})
    void draftNeverOverwritesAFileItReadsEvenForced(String file) throws Exception {
        Path target = tmp.resolve(file);
        byte[] before = Files.readAllBytes(target);
        Mc2Run r = draft("--profile", "gpo-standard", "--force", "-f", "md", "-o", target.toString());
        assertRefused(r, target, "is an input file; refusing to overwrite it");
        assertArrayEquals(before, Files.readAllBytes(target));
    }

    @Test
    void theDealFileAndAnotherSpellingOrALinkOfAnInputAreRefused() throws Exception {
        Path deal = tmp.resolve("deal.yaml");
        Files.writeString(deal, "product: {name: InfuSure}\n");
        assertRefused(draft("--deal", deal.toString(), "--force", "-f", "md", "-o", deal.toString()), deal,
                "is an input file; refusing to overwrite it");
        Path dotted = tmp.resolve("profiles/../profiles/./gpo-standard.yaml");
        assertRefused(draft("--force", "-f", "md", "-o", dotted.toString()), dotted, "is an input file; refusing to overwrite it");
        Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), profiles.resolve("mc2-baseline.yaml"));
        Mc2Run linked = draft("--force", "-f", "md", "-o", link.toString());
        assertEquals(2, linked.exit(), linked.err());
        assertTrue(linked.err().equals("mc2: " + link + ": is an input file; refusing to overwrite it\n")
                || linked.err().equals("mc2: " + link + ": is a symbolic link; --force replaces regular files only\n"), linked.err());
        // through a linked folder the target is a regular file whose real path is the profile's
        Path viaFolder = Files.createSymbolicLink(tmp.resolve("linked-profiles"), profiles).resolve("gpo-standard.yaml");
        assertRefused(draft("--force", "-f", "md", "-o", viaFolder.toString()), viaFolder, "is an input file; refusing to overwrite it");
        Path hard = Files.createLink(tmp.resolve("hard.md"), clauses.resolve("library.yaml"));
        assertRefused(draft("--force", "-f", "md", "-o", hard.toString()), hard, "is an input file; refusing to overwrite it");
    }

    @Test
    void gapAndRespondNeverOverwriteTheLibraryOrTheDocument() throws Exception {
        Path doc = Files.copy(SENT, tmp.resolve("supplier.docx"));
        Path rules = clauses.resolve("language-rules.yaml");
        Mc2Run gap = mc2("gap", doc.toString(), "--library", clauses.toString(), "--profiles", profiles.toString(), "-f", "md",
                "--force", "-o", rules.toString());
        assertRefused(gap, rules, "is an input file; refusing to overwrite it");
        Path profile = profiles.resolve("gpo-standard.yaml");
        Mc2Run respond = mc2("respond", doc.toString(), "--library", clauses.toString(), "--profiles", profiles.toString(),
                "--force", "-o", profile.toString());
        assertRefused(respond, profile, "is an input file; refusing to overwrite it");
        Mc2Run self = mc2("respond", doc.toString(), "--force", "-o", doc.toString());
        assertRefused(self, doc, "is an input file; refusing to overwrite it");
    }

    @Test
    void forceReplacesRegularFilesOnly() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        assertRefused(draft("--force", "-f", "md", "-o", folder.toString()), folder, "is a folder");
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.md"), "keep me");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), elsewhere);
        assertRefused(draft("--force", "-f", "md", "-o", link.toString()), link,
                "is a symbolic link; --force replaces regular files only");
        assertEquals("keep me", Files.readString(elsewhere));
        Path device = Path.of("/dev/null");
        assertRefused(draft("--force", "-f", "md", "-o", device.toString()), device,
                "is not a regular file (a device, pipe or socket); --force replaces regular files only");
        Path fifo = tmp.resolve("fifo.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertRefused(draft("--force", "-f", "md", "-o", fifo.toString()), fifo,
                    "is not a regular file (a device, pipe or socket); --force replaces regular files only");
        }
        Path regular = Files.writeString(tmp.resolve("old.md"), "old");
        assertEquals(0, draft("--force", "-o", regular.toString()).exit());
        assertFalse(Files.readString(regular).equals("old"), "a regular file is replaced");
    }

    @Test
    void ofTwoRunsCreatingOneNewFileExactlyOneSucceeds() throws Exception {
        Path target = tmp.resolve("r.md");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Mc2Run> one = () -> {
            start.await();
            return draft("-o", target.toString());
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Mc2Run> a = pool.submit(one);
            Future<Mc2Run> b = pool.submit(one);
            start.countDown();
            List<Mc2Run> runs = List.of(a.get(), b.get());
            assertEquals(1, runs.stream().filter(r -> r.exit() == 0).count(), runs.toString());
            Mc2Run loser = runs.stream().filter(r -> r.exit() != 0).findFirst().orElseThrow();
            assertRefused(loser, target, "already exists (use --force to replace it)");
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
    }

    @Test
    void aBatchFolderHeldByAnotherRunIsRefused() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SENT, in.resolve("globex.docx"));
        Path out = tmp.resolve("out");
        try (OutputFolder held = OutputFolder.hold(out, false)) {
            Mc2Run second = mc2("gap", "--batch", in.toString(), "--draft", SENT.toString(), "-o", out.toString(), "--force");
            assertRefused(second, out, "another mc2 run is writing into this folder; wait for it to finish or choose another folder");
            Mc2Exception again = assertThrows(Mc2Exception.class, () -> OutputFolder.hold(out, true));
            assertTrue(again.getMessage().contains("another mc2 run is writing into this folder"), again.getMessage());
        }
        Mc2Run after = mc2("gap", "--batch", in.toString(), "--draft", SENT.toString(), "-o", out.toString());
        assertEquals(0, after.exit(), after.err());
        assertFalse(Files.exists(out.resolve(OutputFolder.LOCK)), "the lock file is removed at the end");
        Mc2Run overOld = mc2("gap", "--batch", in.toString(), "--draft", SENT.toString(), "-o", out.toString());
        assertRefused(overOld, out, "is not empty (use --force to write into it)");
    }

    @Test
    void aMissingOutputFolderIsNamedNotCreated() {
        Path missing = tmp.resolve("missing");
        Path file = missing.resolve("draft.docx");
        assertRefused(draft("-o", file.toString()), file, "the folder " + missing + " does not exist (mc2 does not create it)");
        Path batchOut = missing.resolve("out");
        Mc2Run batch = mc2("gap", "--batch", "src/test/resources/gap", "-o", batchOut.toString());
        assertRefused(batch, batchOut, "the folder " + missing + " does not exist (mc2 does not create it)");
        Mc2Run publish = mc2("profile", "publish", "gpo-standard", "-o", batchOut.toString());
        assertRefused(publish, batchOut, "the folder " + missing + " does not exist (mc2 does not create it)");
        assertFalse(Files.exists(missing));
    }
}
