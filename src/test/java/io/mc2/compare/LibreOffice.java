package io.mc2.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice as an oracle: accept-all / reject-all through {@code lo_redline.py} (shared tools).
 * Tests using it are skipped, with a message saying why, when soffice or the script is missing.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    static Path script() {
        for (Path p : List.of(Path.of("../shared/tools/lo_redline.py"), Path.of("/work/shared/tools/lo_redline.py"))) {
            if (Files.isRegularFile(p)) return p.toAbsolutePath();
        }
        return null;
    }

    /** Skips the calling test (visibly) when LibreOffice cannot be used here. */
    public static void assumeAvailable() {
        boolean soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) || Files.isExecutable(Path.of("/usr/lib/libreoffice/program/soffice"));
        Assumptions.assumeTrue(soffice, "LibreOffice (soffice) is not installed: LibreOffice round trips skipped");
        Assumptions.assumeTrue(script() != null, "shared/tools/lo_redline.py not found: LibreOffice round trips skipped");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "/usr/bin/python3 missing: LibreOffice round trips skipped");
    }

    /** Runs accept-all (or reject-all) on {@code in} and returns the file LibreOffice saved. */
    public static Path resolveAll(Path in, boolean accept) throws IOException, InterruptedException {
        Path out = in.resolveSibling(in.getFileName().toString().replace(".docx", accept ? ".lo-acc.docx" : ".lo-rej.docx"));
        Process p = new ProcessBuilder("/usr/bin/python3", script().toString(), in.toAbsolutePath().toString(),
                out.toAbsolutePath().toString(), accept ? "--accept-all" : "--reject-all")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish: " + log);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(out)) {
            throw new AssertionError("LibreOffice failed (" + p.exitValue() + "): " + log);
        }
        if (!log.contains("tracked changes left: none")) throw new AssertionError("LibreOffice left tracked changes: " + log);
        return out;
    }
}
