package io.mc2.write.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.Playbook;
import io.mc2.playbook.PlaybookBuilder;
import io.mc2.profile.ProfileResolver;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the Word brief of a shipped profile in LibreOffice (headless PDF export) and reads every
 * page back: each page must carry the confidentiality notice. Skipped without soffice or pdftotext.
 */
class BriefRenderTest {

    @Test
    void everyRenderedPageSaysNotToSendTheBriefToTheSupplier(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on PATH: render test skipped");
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not on PATH: render test skipped");
        ClauseLibrary library = LibraryLoader.load(Fixtures.shippedClauses());
        Playbook brief = new PlaybookBuilder(new ClauseRenderer()).build(library,
                new ProfileResolver(library, Fixtures.shippedProfiles()).resolve("gpo-standard"), Playbook.Kind.BRIEF);
        Path docx = dir.resolve("brief.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxPlaybookWriter().write(brief, out);
        }
        run(dir, 120, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        run(dir, 30, "pdftotext", "-layout", dir.resolve("brief.pdf").toString(), dir.resolve("brief.txt").toString());
        String text = Files.readString(dir.resolve("brief.txt"), StandardCharsets.UTF_8);
        List<String> pages = List.of(text.split("\f")).stream().filter(p -> !p.isBlank()).toList();
        assertTrue(pages.size() > 5, "a brief of the shipped profile runs over several pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i).replaceAll("\\s+", " ");
            assertTrue(page.contains(Playbook.CONFIDENTIAL), "page " + (i + 1) + " lacks the notice:\n" + page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), "page " + (i + 1) + " footer:\n" + page);
        }
        String all = text.replaceAll("\\s+", " ");
        assertTrue(all.contains("Why it matters.") && all.contains("Our answer.") && all.contains("Walk-away"), all);
    }

    private static void run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("process.log").toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within " + seconds + " s");
        }
        assertEquals(0, p.exitValue(), command[0] + " failed: " + Files.readString(dir.resolve("process.log")));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        return List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
