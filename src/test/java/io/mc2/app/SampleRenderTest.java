package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealLoader;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.KeyTerm;
import io.mc2.profile.ProfileResolver;
import io.mc2.template.ClauseRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample draft renders in LibreOffice: converted to PDF, its text (pdftotext) holds each
 * clause's number and heading and each key-term value. Skipped, with a message, where soffice or
 * pdftotext is not installed (.ci/run installs them).
 */
class SampleRenderTest {

    @Test
    void sampleDraftsRenderWithNumberedHeadingsAndKeyTerms(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(onPath("soffice") && onPath("pdftotext"),
                "SKIPPED: soffice or pdftotext not installed; render test not run");
        List<String> ids = OutputSamplesTest.profiles();
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir", tmp.toString()));
        for (String id : ids) cmd.add(Path.of("output-samples", id + ".docx").toString());
        run(cmd, 240);
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        var deal = DealLoader.load(Path.of("output-samples/sample-deal.yaml"));
        for (String id : ids) {
            Path pdf = tmp.resolve(id + ".pdf");
            assertTrue(Files.exists(pdf), "LibreOffice did not convert " + id + ".docx");
            Path txt = tmp.resolve(id + ".txt");
            run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()), 60);
            String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            Contract c = new Assembler(new ClauseRenderer()).assemble(library, resolver.resolve(id), deal, LocalDate.of(2026, 12, 1));
            List<String> missing = new ArrayList<>();
            for (ClauseInstance ci : c.clauses()) {
                // once in the table of contents, once as the clause heading itself
                String heading = ci.number() + " " + ci.title().split(" ")[0];
                if (text.split(java.util.regex.Pattern.quote(heading), -1).length - 1 < 2) missing.add("heading " + heading);
            }
            for (KeyTerm k : c.keyTerms()) {
                if (!text.contains(k.value().split(" ")[0])) missing.add("key term " + k.label() + " = " + k.value());
            }
            assertEquals(List.of(), missing, id + ": not found in the rendered PDF");
            assertTrue(text.contains("Page 1 of"), id + ": no page footer");
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    private static void run(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd.get(0) + " did not finish in " + seconds + " s");
        }
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed");
    }
}
