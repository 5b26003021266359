package io.mc2.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every readable fixture against its golden rendering (views, paragraphs, revisions, comments). */
class RedlineGoldenTest {

    static final Path DIR = Path.of("src/test/resources/redline");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(DIR), Files.list(DIR.resolve("libreoffice")))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
            assertFalse(list.isEmpty(), "no fixtures found under " + DIR);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void matchesGolden(Path docx) {
        RedlineDocument doc = RedlineReader.read(docx);
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".golden.txt");
        GoldenText.assertGolden(docx.resolveSibling(name), GoldenText.render(doc));
    }

    /** LibreOffice's own accept-all / reject-all of its redline is the oracle for our two views. */
    @ParameterizedTest
    @MethodSource("loOracles")
    void viewsAgreeWithLibreOffice(String redline, String accepted, String rejected) {
        Path lo = DIR.resolve("libreoffice");
        RedlineDocument doc = RedlineReader.read(DIR.resolve(redline));
        List<String> acceptedByLo = RedlineReader.read(lo.resolve(accepted)).paragraphs(View.ORIGINAL);
        List<String> rejectedByLo = RedlineReader.read(lo.resolve(rejected)).paragraphs(View.ORIGINAL);
        List<String> ours = doc.paragraphs(View.ACCEPTED);
        List<String> oursOriginal = doc.paragraphs(View.ORIGINAL);
        if (redline.equals("redline.docx")) {
            // LibreOffice inverts w:cellIns (drops the inserted cell "60" on accept-all, keeps it on
            // reject-all); Word keeps it when accepted. Compare everything else, and drop the empty
            // paragraphs LibreOffice does not keep.
            ours = without(ours, "60");
            oursOriginal = without(oursOriginal, "60");
            acceptedByLo = without(acceptedByLo, "60");
            rejectedByLo = without(rejectedByLo, "60");
        }
        assertEquals(acceptedByLo, ours);
        assertEquals(rejectedByLo, oursOriginal);
    }

    private static List<String> without(List<String> lines, String cell) {
        return lines.stream().filter(s -> !s.isEmpty() && !s.equals(cell)).toList();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> loOracles() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("libreoffice/lo-redline.docx", "lo-redline.accepted.docx", "lo-redline.rejected.docx"),
                org.junit.jupiter.params.provider.Arguments.of("redline.docx", "fixture-redline.lo-accepted.docx", "fixture-redline.lo-rejected.docx"));
    }
}
