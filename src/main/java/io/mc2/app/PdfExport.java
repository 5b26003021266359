package io.mc2.app;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Word document mc2 wrote, turned into PDF by LibreOffice ({@code soffice --headless
 * --convert-to pdf}) when it is installed. Each conversion gets its own LibreOffice profile in a
 * private temporary folder, so two runs (or a LibreOffice the user has open) never share one.
 * Without LibreOffice the output is refused with exit code 6 and nothing is written. The
 * {@code mc2.soffice} system property names the program instead of the PATH search.
 */
public final class PdfExport {
    /** LibreOffice's first start in a new profile takes seconds; a draft converts well within this. */
    static final long TIMEOUT_SECONDS = 180;

    private PdfExport() {
    }

    /** The PDF of {@code docx}; {@code output} names the file the user asked for, in messages. */
    public static byte[] fromDocx(byte[] docx, Path output) {
        Path soffice = require(output);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mc2-pdf");
            Path in = dir.resolve("document.docx");
            Files.write(in, docx);
            Process p = new ProcessBuilder(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Mc2Exception(ExitCode.MISSING_PROGRAM, output + ": LibreOffice did not finish the PDF within "
                        + TIMEOUT_SECONDS + " s");
            }
            Path pdf = dir.resolve("document.pdf");
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new Mc2Exception(ExitCode.MISSING_PROGRAM, output + ": LibreOffice (" + soffice + ") could not make the PDF (exit "
                        + p.exitValue() + ")");
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.MISSING_PROGRAM, output + ": cannot run LibreOffice: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Mc2Exception(ExitCode.INTERNAL, "interrupted", e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** Whether a PDF can be made here. */
    public static boolean available() {
        return soffice() != null;
    }

    /** LibreOffice, or the refusal to write {@code output} without it (checked before any work). */
    public static Path require(Path output) {
        Path soffice = soffice();
        if (soffice == null) {
            throw new Mc2Exception(ExitCode.MISSING_PROGRAM, output + ": PDF output needs LibreOffice (soffice), which is not "
                    + "installed; install it (e.g. apt-get install libreoffice-writer) or write .docx and print that to PDF");
        }
        return soffice;
    }

    /** The bytes one writer gives, for converting them. */
    public static byte[] bytes(OutputFile.Content content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path soffice() {
        String named = System.getProperty("mc2.soffice");
        if (named != null) return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice", "soffice.exe")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) return p;
            }
        }
        return null;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is no reason to fail the command
        }
    }
}
