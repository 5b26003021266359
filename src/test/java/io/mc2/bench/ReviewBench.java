package io.mc2.bench;

import io.mc2.app.ReviewWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.testing.PaperDocx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm {@code mc2 review} of a supplier's own paper against gpo-standard, library, profile and index loaded
 * once ({@link ReviewWorkflow.Prepared}). {@code twentyPages}: a .docx of about 20 pages, the 3-page Northwind
 * addendum seven times over with its articles renumbered (about 125 clauses, 4,200 words); {@code pdfThreePages}:
 * the LibreOffice PDF of that addendum. Reading, segmenting, mapping and rating are all inside the measurement.
 * Goal: ≤ 200 ms for 20 pages. Run: {@code .ci/bench ReviewBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewBench {
    static final Path PAPERS = Path.of("src/test/resources/paper");
    ReviewWorkflow.Prepared prepared;
    Path twenty;

    @Setup
    public void prepare() throws IOException {
        prepared = ReviewWorkflow.prepare(new ReviewWorkflow.Request(null, "gpo-standard", null, Path.of("clauses"), Path.of("profiles")));
        twenty = Files.createTempFile("mc2-review-bench", ".docx");
        PaperDocx.write(twenty, addendumSevenTimes());
    }

    @TearDown
    public void remove() throws IOException {
        Files.deleteIfExists(twenty);
    }

    /** The Northwind addendum's paragraphs seven times, articles 1-9 renumbered 10-18, 19-27, ... each round. */
    public static List<String> addendumSevenTimes() {
        List<RedlineParagraph> body = RedlineReader.read(PAPERS.resolve("northwind-numbered.docx")).body();
        Pattern number = Pattern.compile("^(\\d+)(\\.\\d+)?(\\s.*)$");
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            for (RedlineParagraph p : body) {
                String text = p.text(View.ACCEPTED);
                Matcher m = number.matcher(text);
                if (m.matches()) text = (Integer.parseInt(m.group(1)) + 9 * round) + (m.group(2) == null ? "" : m.group(2)) + m.group(3);
                boolean heading = p.styleId() != null && p.styleId().toLowerCase(java.util.Locale.ROOT).startsWith("heading");
                out.add((heading ? "# " : "") + text);
            }
        }
        return out;
    }

    @Benchmark
    public GapReport twentyPages() {
        return prepared.review(twenty).report();
    }

    @Benchmark
    public GapReport pdfThreePages() {
        return prepared.review(PAPERS.resolve("northwind-numbered.pdf")).report();
    }
}
