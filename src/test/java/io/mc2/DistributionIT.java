package io.mc2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/mc2-VERSION.zip} as a user without Maven gets it: unpacked with the modes the zip
 * records, then {@code bin/mc2} run from another folder with nothing but {@code java} on the PATH
 * (no JAVA_HOME, no MC2_HOME, no checkout around it).
 */
class DistributionIT {
    static final String VERSION = System.getProperty("mc2.version", "0.1.0");
    static final Path ZIP = Path.of("target", "mc2-" + VERSION + ".zip");

    @TempDir
    static Path tmp;
    static Path home;
    static Path onlyJava;

    @BeforeAll
    static void unpack() throws IOException {
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing: mvn package makes it");
        Path into = Files.createDirectories(tmp.resolve("opt"));
        try (ZipFile zip = ZipFile.builder().setFile(ZIP.toFile()).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), "an entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target);
                }
                int mode = e.getUnixMode() & 0777;
                if (mode != 0) Files.setPosixFilePermissions(target, permissions(mode));
            }
        }
        home = into.resolve("mc2-" + VERSION);
        onlyJava = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(onlyJava.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder sb = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) sb.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        return PosixFilePermissions.fromString(sb.toString());
    }

    record Run(int exit, String out) {
    }

    /** Runs a command with an environment of PATH alone. */
    private static Run run(Path cwd, String path, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", path);
        env.put("HOME", tmp.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + List.of(command));
        return new Run(p.exitValue(), out);
    }

    @Test
    void theArchiveHoldsTheJarLaunchersLibraryProfilesAndReadme() {
        for (String f : List.of("lib/mc2.jar", "bin/mc2", "bin/mc2.cmd", "clauses/library.yaml", "clauses/language-rules.yaml",
                "profiles/gpo-standard.yaml", "README.md", "output-samples/sample-deal.yaml", "output-samples/supplier-return.docx")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/mc2")), "bin/mc2 is executable as unpacked");
    }

    @Test
    void draftRunsFromAnotherFolderWithOnlyJavaOnThePath() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Run r = run(work, onlyJava.toString(), home.resolve("bin/mc2").toString(), "draft");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("wrote mc2-draft.docx"), r.out());
        assertTrue(Files.size(work.resolve("mc2-draft.docx")) > 10_000, "a whole Word draft");
        Run version = run(work, onlyJava.toString(), home.resolve("bin/mc2").toString(), "--version");
        assertEquals(0, version.exit(), version.out());
        assertTrue(version.out().contains(VERSION), version.out());
    }

    @Test
    void theShippedSampleRedlineIsRatedAgainstTheShippedProfiles() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("gap"));
        Run r = run(work, onlyJava.toString(), home.resolve("bin/mc2").toString(), "gap",
                home.resolve("output-samples/supplier-return.docx").toString(), "--summary");
        assertEquals(1, r.exit(), "the sample return needs a person: " + r.out());
        assertTrue(r.out().contains("Our review of supplier-return.docx"), r.out());
    }

    @Test
    void aSymbolicLinkToTheLauncherFindsTheUnpackedFolder() throws Exception {
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("mc2"), home.resolve("bin/mc2"));
        List<String> path = new ArrayList<>(List.of(onlyJava.toString(), "/usr/bin", "/bin"));
        Run r = run(links, String.join(":", path), links.resolve("mc2").toString(), "lint");
        assertEquals(0, r.exit(), r.out());
    }
}
