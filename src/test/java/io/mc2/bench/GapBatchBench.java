package io.mc2.bench;

import io.mc2.app.GapBatchWorkflow;
import io.mc2.gap.GapMatrix;
import io.mc2.testing.DocxCopies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code mc2 gap --batch} over 100 supplier redlines of the 55-clause gpo-standard draft, with
 * every core: what a GPO runs over a folder of returns. The redlines are the four committed
 * LibreOffice fixtures, each copy with one "(30)" turned into another number in its
 * {@code word/document.xml} (re-zipped here; LibreOffice is never run). Each measured call is a
 * whole batch in a fresh workflow (library loaded, draft prepared, 100 documents read, rated and
 * their HTML and JSON reports written, the matrix written). {@code draft=regenerated}: the draft
 * is rebuilt from the documents' provenance (as without {@code --draft}); {@code given}: read from
 * {@code sent-gpo.docx}. Goal: ≤ 30 s on 2 cores. Run: {@code .ci/bench GapBatchBench}.
 *
 * <p>{@code main(DIR, N)} writes the same N redlines into DIR, to time the real command:
 * {@code time ./mc2 gap --batch DIR -o OUT}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class GapBatchBench {
    static final Path FIXTURES = Path.of("src/test/resources/gap");
    static final List<String> SOURCES = List.of("lo-supplier.docx", "lo-clean-copy.docx", "lo-supplier-paper.docx", "sent-gpo.docx");

    @Param({"regenerated", "given"})
    public String draft;

    Path work;
    GapBatchWorkflow.Request request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        work = Files.createTempDirectory("mc2-batch-bench-");
        generate(work.resolve("in"), 100);
        request = new GapBatchWorkflow.Request(work.resolve("in"), work.resolve("out"),
                draft.equals("given") ? FIXTURES.resolve("sent-gpo.docx") : null, null, Path.of("clauses"), Path.of("profiles"),
                Runtime.getRuntime().availableProcessors(), true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    public GapMatrix batch() {
        return new GapBatchWorkflow().run(request, new GapBatchWorkflow.Progress() {
            @Override
            public void started(int total) {
            }

            @Override
            public void finished(int done, int total, GapMatrix.Row row, GapBatchWorkflow.Failure failure) {
            }
        }).matrix();
    }

    /** Writes {@code n} redlines into {@code dir}: fixture {@code i % 4}, its {@code i / 4 % k}-th "(30)" made {@code (31 + i % 60)}. */
    public static void generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String source = SOURCES.get(i % SOURCES.size());
            String name = String.format("supplier-%03d-%s", i, source);
            int which = i / SOURCES.size();
            String number = "(" + (31 + i % 60) + ")";
            DocxCopies.withPart(FIXTURES.resolve(source), dir.resolve(name), "word/document.xml", xml -> replaceNth(xml, "(30)", number, which));
        }
    }

    static String replaceNth(String text, String what, String with, int n) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) count++;
        if (count == 0) return text;
        int target = n % count;
        int at = text.indexOf(what);
        for (int k = 0; k < target; k++) at = text.indexOf(what, at + 1);
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    public static void main(String[] args) {
        try {
            generate(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
