package io.mc2.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mc2.write.SampleContracts;
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
 * The sample draft in the reference document's look, rendered by LibreOffice: the PDF embeds the
 * reference's faces (DejaVu Serif for the text, DejaVu Sans for headings), not the draft's Times,
 * its pages are A4 and the letterhead shows. Skipped without soffice and poppler.
 */
class ReferenceDocRenderTest {
    static final Path REFERENCE = Path.of("src/test/resources/style/reference.docx");

    @Test
    void libreOfficeRendersTheReferenceFonts(@TempDir Path dir) throws Exception {
        for (String tool : List.of("soffice", "pdftotext", "pdffonts", "pdfinfo")) {
            assumeTrue(onPath(tool), tool + " is not on PATH: render test skipped");
        }
        Path docx = dir.resolve("styled.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxContractWriter(HouseStyle.from(REFERENCE)).write(SampleContracts.sample(), out);
        }
        run(dir, 90, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("styled.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice produced no PDF");
        String fonts = run(dir, 30, "pdffonts", pdf.toString());
        assertTrue(fonts.contains("DejaVuSerif"), "body face:\n" + fonts);
        assertTrue(fonts.contains("DejaVuSans"), "heading face (the theme's major font):\n" + fonts);
        assertFalse(fonts.contains("Times") || fonts.contains("LiberationSerif"), "the draft's own face is gone:\n" + fonts);
        String info = run(dir, 30, "pdfinfo", pdf.toString());
        assertTrue(info.matches("(?s).*Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\).*"), info);
        run(dir, 30, "pdftotext", "-layout", pdf.toString(), dir.resolve("styled.txt").toString());
        String text = Files.readString(dir.resolve("styled.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Riverside Health System"), "letterhead:\n" + text);
        assertTrue(text.contains("2.1 MDS2 Disclosure") || text.replaceAll("[ \\t]+", " ").contains("2.1 MDS2 Disclosure"), text);
    }

    private static String run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("process.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within " + seconds + " s");
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), command[0] + " failed: " + out);
        return out;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream().anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
