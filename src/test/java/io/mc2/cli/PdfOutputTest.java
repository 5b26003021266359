package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.PdfExport;
import io.mc2.testing.Mc2Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE.pdf}: the Word output rendered by LibreOffice, its text read back with
 * {@code pdftotext}; without LibreOffice, exit code 6 and no file.
 */
class PdfOutputTest {
    @TempDir
    Path tmp;

    private static void needsLibreOffice() {
        boolean tools = PdfExport.available() && onPath("pdftotext");
        if (!tools) System.out.println("SKIPPED: PdfOutputTest needs LibreOffice (soffice) and pdftotext");
        Assumptions.assumeTrue(tools, "SKIPPED: needs LibreOffice (soffice) and pdftotext");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    private static String text(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out.replaceAll("\\s+", " ");
    }

    @Test
    void aDraftAsPdfHoldsTheContract() throws Exception {
        needsLibreOffice();
        Path pdf = tmp.resolve("draft.pdf");
        Mc2Run run = Mc2Run.of("draft", "--deal", "output-samples/sample-deal.yaml", "-o", pdf);
        assertEquals(0, run.exit(), run.toString());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"), "a PDF");
        String text = text(pdf);
        assertTrue(text.contains("Medical Device Cybersecurity Exhibit"), text);
        assertTrue(text.contains("Security Patches for Critical Vulnerabilities"), "a clause heading");
        assertTrue(text.contains("Page 1 of"), "the running footer as Word lays it out");
        assertFalse(Files.exists(tmp.resolve("negotiation")), "a PDF opens no negotiation record");
    }

    @Test
    void aGapReportAsPdfHoldsTheVerdicts() throws Exception {
        needsLibreOffice();
        Path pdf = tmp.resolve("report.pdf");
        Mc2Run run = Mc2Run.of("gap", "output-samples/supplier-return.docx", "-o", pdf);
        assertEquals(1, run.exit(), run.toString());
        String text = text(pdf);
        assertTrue(text.contains("Needs escalation") && text.contains("Beyond walk-away"), text);
        assertTrue(text.contains("Security Patches for Critical Vulnerabilities"), text);
    }

    @Test
    void withoutLibreOfficeAPdfIsRefusedWithExitSixAndNothingWritten() {
        String before = System.getProperty("mc2.soffice");
        System.setProperty("mc2.soffice", tmp.resolve("no-soffice-here").toString());
        try {
            for (Object[] args : new Object[][] {{"draft", "-o", tmp.resolve("d.pdf")}, {"brief", "-o", tmp.resolve("b.pdf")},
                    {"gap", "output-samples/supplier-return.docx", "-o", tmp.resolve("r.pdf")}}) {
                Mc2Run run = Mc2Run.of(args);
                assertEquals(6, run.exit(), run.toString());
                assertEquals("mc2: " + args[args.length - 1] + ": PDF output needs LibreOffice (soffice), which is not installed; "
                        + "install it (e.g. apt-get install libreoffice-writer) or write .docx and print that to PDF", run.err().strip());
                assertFalse(Files.exists((Path) args[args.length - 1]));
            }
        } finally {
            if (before == null) System.clearProperty("mc2.soffice");
            else System.setProperty("mc2.soffice", before);
        }
    }
}
