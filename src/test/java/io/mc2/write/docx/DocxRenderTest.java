package io.mc2.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mc2.write.SampleContracts;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample draft in LibreOffice (headless PDF export) and reads the PDF text back: proves
 * the file opens in another word processor and that the numbering, cross-references and values
 * render. Skipped when soffice or pdftotext is not installed.
 */
class DocxRenderTest {

    @Test
    void libreOfficeRendersNumberedHeadingsAndValues(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on PATH: render test skipped");
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not on PATH: render test skipped");
        Path docx = dir.resolve("sample.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxContractWriter().write(SampleContracts.sample(), out);
        }
        // a private profile, so a running LibreOffice or a parallel test cannot block the conversion
        run(dir, 90, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("sample.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice produced no PDF");
        run(dir, 30, "pdftotext", "-layout", pdf.toString(), dir.resolve("sample.txt").toString());
        String text = Files.readString(dir.resolve("sample.txt"), StandardCharsets.UTF_8).replaceAll("[ \\t]+", " ");

        for (String expected : List.of("1. Definitions", "2. Transparency", "2.1 MDS2 Disclosure",
                "3.1 Critical Security Patches", "3.1.1 Manufacturer shall release", "3.1.2 Until the Security Patch",
                "4.2.1 The written report", "5.2 Supported Operating Systems", "(a) open-source", "(c) end of support",
                "described in Clause 3.3.", "covered by Clause 3.1,", "subject to Clause 5.1.",
                "Key Terms Schedule", "fifteen (15) days", SampleContracts.TRICKY_VALUE, "Contents",
                "For Acme Medical Devices LLC", "MSA-2026-0042 · Medical Device Cybersecurity Exhibit — Draft v1.0.0")) {
            assertTrue(text.contains(expected), "PDF text lacks \"" + expected + "\":\n" + text);
        }
        assertTrue(text.matches("(?s).*Page 1 of [2-9].*"), "footer Page X of Y:\n" + text);
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
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        return dirs.stream().anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
