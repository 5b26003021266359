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

    /**
     * The sample supplier return (a LibreOffice redline of gpo-standard.docx) rates as written from
     * gpo-standard's positions: 60 days for critical patches is beyond fallback 45 but within walk-away
     * 60; USD 2,000,000 of cyber cover is below walk-away 3,000,000; a comment on 5.1 needs a person.
     * Its committed report and counter-redline are what the code makes of it today.
     */
    @Test
    void theSampleSupplierReturnAndWhatMc2MakesOfIt(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("gap.md");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = io.mc2.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), "gap",
                SAMPLES.resolve("supplier-return.docx").toString(), "-o", report.toString());
        assertEquals(1, code, err.toString());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(Files.readString(SAMPLES.resolve("supplier-return-gap.md"), StandardCharsets.UTF_8), md,
                "output-samples/supplier-return-gap.md is out of date" + HINT);
        // library 0.3.0: US spelling, and the Resilience and Recovery article before Insurance moves it to 19
        for (String row : List.of("| 5.1 Coordinated Vulnerability Disclosure Program |", "| 6.1 Security Patches for Critical Vulnerabilities |",
                "| 19.2 Cyber Insurance |")) {
            assertTrue(md.contains(row), row);
        }
        assertTrue(md.contains("Needs escalation") && md.contains("Beyond walk-away"), md);
        Path counter = tmp.resolve("counter.docx");
        assertEquals(0, io.mc2.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), "respond",
                SAMPLES.resolve("supplier-return.docx").toString(), "-o", counter.toString(), "--date", "2026-12-15T09:00:00Z"), err.toString());
        assertEquals(DocxGoldenText.render(SAMPLES.resolve("supplier-return-counter.docx")), DocxGoldenText.render(counter),
                "output-samples/supplier-return-counter.docx is out of date" + HINT);
    }
}
