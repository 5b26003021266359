package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fifo, a device or a folder named like a .docx blocks nothing: refused alone, skipped with a note in a batch. */
class NonRegularInputTest {

    static final Path GAP = Path.of("src/test/resources/gap");

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    static Path fifo(Path at) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", at.toString()).start().waitFor());
        return at;
    }

    @Test
    void everyCommandRefusesAFifoAtOnce(@TempDir Path tmp) throws Exception {
        Path f = fifo(tmp.resolve("x.docx"));
        for (List<String> args : List.of(List.of("text", f.toString()), List.of("revisions", f.toString()),
                List.of("gap", f.toString()), List.of("respond", f.toString(), "-o", tmp.resolve("c.docx").toString()),
                List.of("gap", GAP.resolve("lo-supplier.docx").toString(), "--draft", f.toString()))) {
            String[] r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(args.toArray(String[]::new)));
            assertEquals("4", r[0], args + ": " + r[1]);
            assertTrue(r[1].contains(f + ": is not a regular file"), args + ": " + r[1]);
        }
    }

    @Test
    void aBatchSkipsWhatIsNotARegularFileWithANote(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("globex.docx"));
        Path pipe = fifo(in.resolve("pipe.docx"));
        Files.createDirectories(in.resolve("folder.docx"));
        String[] r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("gap", "--batch", in.toString(), "-o",
                tmp.resolve("out").toString(), "--draft", GAP.resolve("sent-gpo.docx").toString()));
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("mc2: warning: " + pipe + ": skipped, not a regular file"), r[1]);
        assertTrue(r[1].contains("mc2: warning: " + in.resolve("folder.docx") + ": skipped, not a regular file"), r[1]);
        String csv = Files.readString(tmp.resolve("out").resolve("matrix.csv"));
        assertTrue(csv.contains("globex.docx,") && !csv.contains("pipe.docx"), csv);
    }
}
