package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mc2 gap --batch} through {@link Main#run}, as CI runs it (standard error is not a terminal). */
class GapBatchCommandTest {
    static final Path GAP = Path.of("src/test/resources/gap");

    @TempDir
    Path tmp;

    @Test
    void aBatchWithABrokenDocumentWritesTheMatrixAndExitsWithOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("globex.docx"));
        Files.copy(Path.of("src/test/resources/redline/unsafe/legacy.doc"), in.resolve("initech.docx"));
        Path out = tmp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), "gap", "--batch", in.toString(), "-o", out.toString(),
                "--draft", GAP.resolve("sent-gpo.docx").toString(), "--jobs", "2");
        String err = stderr.toString();
        assertEquals(1, code, err);
        assertEquals("", stdout.toString());
        assertFalse(err.contains("\r"), "no carriage returns when standard error is not a terminal");
        List<String> lines = err.lines().toList();
        assertEquals("gap: 3 documents in " + in, lines.get(0));
        assertTrue(lines.contains("mc2: " + in.resolve("initech.docx") + ": legacy binary Word .doc file, not a .docx; "
                + "save it as .docx first"), "the failure is reported with its reason: " + err);
        for (String progress : List.of(" acme.docx: needs a person", " globex.docx: ok", " initech.docx: FAILED")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\[[123]/3\\]" + java.util.regex.Pattern.quote(progress))), err);
        }
        assertEquals("gap: 3 documents; 1 need a person; 1 could not be read", lines.get(lines.size() - 1));
        for (String f : List.of("matrix.csv", "matrix.json", "matrix.html", "reports/acme.html", "reports/globex.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("matrix.csv")).contains("\r\ninitech.docx,"), "the failed document has its row");
    }

    @Test
    void everyDocumentAcceptableExitsWithZero() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("globex.docx"));
        StringWriter stderr = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "gap", "--batch", in.toString(), "-o",
                tmp.resolve("out").toString(), "--draft", GAP.resolve("sent-gpo.docx").toString());
        assertEquals(0, code, stderr.toString());
    }
}
