package io.mc2.bench;

import io.mc2.compare.CompareOptions;
import io.mc2.compare.CompareResult;
import io.mc2.compare.DocxComparer;
import io.mc2.compare.MutationsAccess;
import io.mc2.redline.RedlineReader;
import io.mc2.write.SampleContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Warm comparison of a generated ~150-page contract (225 clauses: about 3 000 body paragraphs
 * including a 450-row key-terms table) with a copy carrying a few hundred scattered edits (words,
 * paragraphs, moves, table cells and rows), through files as {@code mc2 compare} does it: both
 * inputs read (bounded, checked), compared, and the output package saved to bytes.
 * Goal: ≤ 300 ms per comparison with a 256 MB heap (the fork runs with -Xmx256m).
 * Run: {@code .ci/bench CompareBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class CompareBench {
    Path dir;
    Path a;
    Path b;
    CompareOptions options = CompareOptions.defaults().withDate("2026-12-01T00:00:00Z");

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("compare-bench");
        byte[] draft = MutationsAccess.draft(SampleContracts.generated(225));
        a = dir.resolve("a.docx");
        b = dir.resolve("b.docx");
        Files.write(a, draft);
        Files.write(b, MutationsAccess.mutate(draft, 42, 200));
        int paragraphs = RedlineReader.read(a).body().size();
        CompareResult r = DocxComparer.compare(a, b, options);
        System.out.println("\nA: " + paragraphs + " body paragraphs, " + Files.size(a) / 1024 + " KiB; "
                + r.changes().size() + " changes (" + r.summary() + ")");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public byte[] compare() {
        return DocxComparer.compare(a, b, options).docx();
    }
}
