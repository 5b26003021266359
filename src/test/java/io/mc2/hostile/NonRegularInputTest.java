package io.mc2.hostile;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fifo, a device or a folder named like a .docx blocks nothing: refused alone, skipped with a note in a batch. */
class NonRegularInputTest {

    static final Path GAP = Path.of("src/test/resources/gap");

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
            Mc2Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Mc2Run.of(args.toArray()));
            assertEquals(4, r.exit(), args + ": " + r.err());
            assertTrue(r.err().contains(f + ": is not a regular file"), args + ": " + r.err());
        }
    }

    @Test
    void aBatchSkipsWhatIsNotARegularFileWithANote(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("globex.docx"));
        Path pipe = fifo(in.resolve("pipe.docx"));
        Files.createDirectories(in.resolve("folder.docx"));
        Mc2Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Mc2Run.of("gap", "--batch", in.toString(), "-o",
                tmp.resolve("out").toString(), "--draft", GAP.resolve("sent-gpo.docx").toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("mc2: warning: " + pipe + ": skipped, not a regular file"), r.err());
        assertTrue(r.err().contains("mc2: warning: " + in.resolve("folder.docx") + ": skipped, not a regular file"), r.err());
        String csv = Files.readString(tmp.resolve("out").resolve("matrix.csv"));
        assertTrue(csv.contains("globex.docx,") && !csv.contains("pipe.docx"), csv);
    }
}
