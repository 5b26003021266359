package io.mc2.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.testing.Mc2Run;
import io.mc2.testing.UntouchedParagraphs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter-redline touches only what we decided on: every paragraph of the supplier's document
 * that neither side changed is in our counter exactly as the supplier's word processor wrote it.
 */
class UntouchedCounterXmlTest {
    @TempDir
    Path dir;

    @Test
    void paragraphsNobodyChangedKeepTheSuppliersXml() throws Exception {
        for (Path supplier : List.of(Path.of("src/test/resources/gap/lo-supplier.docx"),
                Path.of("src/test/resources/gap/engines/lo-tracked.docx"))) {
            Path out = dir.resolve(supplier.getFileName() + "-counter.docx");
            Mc2Run run = Mc2Run.of("respond", supplier, "-o", out);
            assertEquals(0, run.exit(), run.toString());
            UntouchedParagraphs u = UntouchedParagraphs.ofSameText(Files.readAllBytes(supplier), Files.readAllBytes(out));
            System.out.printf("counter-redline of %s: %d of %d untouched paragraphs kept as written (%.1f %%)%n", supplier.getFileName(),
                    u.kept(), u.untouched(), 100 * u.share());
            assertTrue(u.untouched() > 20, supplier + ": most paragraphs are untouched");
            assertEquals(List.of(), u.altered().stream().limit(3).toList(), supplier + ": untouched paragraphs whose XML changed");
        }
    }
}
