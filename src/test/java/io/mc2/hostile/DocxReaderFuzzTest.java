package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mc2.compare.WordPackage;
import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.FixtureDocx;
import io.mc2.redline.RedlineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the two readers of untrusted input: the package reader on any
 * bytes, and the redline reader on any main-part XML inside a well-formed package. The only allowed
 * failure is a one-line {@code Mc2Exception} with exit code 4; anything else (another exception, an
 * error, another exit code) is a finding. Plain {@code mvn verify} replays the seed corpus and every
 * crash kept under {@code src/test/resources/io/mc2/hostile/DocxReaderFuzzTestInputs/}; fuzzing
 * itself runs with {@code JAZZER_FUZZ=1} (see the README's Security section).
 */
class DocxReaderFuzzTest {

    /** Small limits, so that the fuzzer spends its time on structure rather than on big inflations. */
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 4 << 20, 16 << 20, 200);

    @FuzzTest(maxDuration = "30s")
    void anyBytesAsAPackage(byte[] data) {
        readFully(() -> {
            DocxPackage pkg = DocxPackage.of(data, "fuzz.docx", LIMITS);
            RedlineReader.read(pkg);
            WordPackage.of(pkg).toBytes();
        });
    }

    @FuzzTest(maxDuration = "30s")
    void anyMainPartXml(byte[] xml) throws IOException {
        Path dir = Files.createTempDirectory("mc2-fuzz");
        try {
            Path file = FixtureDocx.withBody("").binaryPart("word/document.xml", xml)
                    .write(dir.resolve("fuzz.docx"));
            readFully(() -> {
                DocxPackage pkg = DocxPackage.open(file, LIMITS);
                RedlineReader.read(pkg);
                WordPackage.of(pkg).parse(pkg.mainPart());
            });
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void readFully(Runnable read) {
        try {
            read.run();
        } catch (Mc2Exception e) {
            assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode(), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertFalse(e.getMessage().matches(".*\\b(java|javax|jdk|sun)\\.[a-z]+\\.[A-Z]\\w*.*"),
                    "no Java class names: " + e.getMessage());
        }
    }
}
