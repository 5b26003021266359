package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.LibraryLoader;
import io.mc2.testing.DocxGoldenText;
import io.mc2.write.docx.DocxContractWriter;
import io.mc2.write.html.HtmlContractWriter;
import io.mc2.write.markdown.MarkdownContractWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed samples in output-samples/ are what the code produces today: for each shipped
 * profile the Markdown draft byte for byte and the Word draft as normalised text. When this
 * fails, run {@code output-samples/regenerate} and review the diff.
 */
class OutputSamplesTest {
    static final Path SAMPLES = Path.of("output-samples");
    static final String HINT = "; run output-samples/regenerate and review the diff";

    @TempDir
    Path tmp;

    static List<String> profiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("profiles"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProfileHasUpToDateSamples() throws IOException {
        return profiles().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            DraftWorkflow w = new DraftWorkflow(List.of(new DocxContractWriter(), new MarkdownContractWriter(), new HtmlContractWriter()));
            for (String fmt : List.of("md", "docx")) {
                Path committed = SAMPLES.resolve(id + "." + fmt);
                assertTrue(Files.exists(committed), committed + " is missing" + HINT);
                Path fresh = tmp.resolve(id + "." + fmt);
                w.run(new DraftWorkflow.Request(Path.of("clauses"), Path.of("profiles"), id, SAMPLES.resolve("sample-deal.yaml"), null,
                        fmt, fresh, true));
                if (fmt.equals("md")) {
                    assertEquals(Files.readString(committed), Files.readString(fresh), committed + " is out of date" + HINT);
                } else {
                    assertEquals(DocxGoldenText.render(committed), DocxGoldenText.render(fresh), committed + " is out of date" + HINT);
                }
            }
        }));
    }

    @Test
    void clauseCatalogueIsUpToDate() throws IOException {
        String expected = new LibraryCatalogue(LibraryLoader.load(Path.of("clauses"))).render("md");
        assertEquals(Files.readString(SAMPLES.resolve("clause-catalogue.md"), StandardCharsets.UTF_8), expected,
                "output-samples/clause-catalogue.md is out of date" + HINT);
        assertFalse(expected.isBlank());
    }
}
