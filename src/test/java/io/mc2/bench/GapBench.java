package io.mc2.bench;

import io.mc2.app.GapWorkflow;
import io.mc2.app.PreparedDraft;
import io.mc2.app.PreparedDrafts;
import io.mc2.gap.GapReport;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm gap analysis of a 55-clause gpo-standard redline made by LibreOffice (22 tracked changes,
 * a comment, a silent edit, a deleted clause). {@code regenerated}: the draft is rebuilt from the
 * document's provenance (what {@code mc2 gap FILE} does); {@code givenDraft}: the sent draft is read
 * from a file; {@code analysisOnly}: reading the supplier's document and analysing it against a draft
 * prepared once (library loaded, draft regenerated), which is the per-document work of
 * {@code mc2 gap --batch}. Goal: ≤ 50 ms. Run: {@code .ci/bench GapBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GapBench {
    static final Path DIR = Path.of("src/test/resources/gap");
    final GapWorkflow workflow = new GapWorkflow();
    PreparedDraft prepared;

    @Setup
    public void prepare() {
        RedlineDocument supplier = RedlineReader.read(DIR.resolve("lo-supplier.docx"));
        prepared = new PreparedDrafts(null, null, Path.of("clauses"), Path.of("profiles"), new ClauseRenderer())
                .forDocument(supplier, DIR.resolve("lo-supplier.docx"));
    }

    @Benchmark
    public GapReport analysisOnly() {
        Path file = DIR.resolve("lo-supplier.docx");
        return prepared.evaluate(RedlineReader.read(file), file.toString()).report();
    }

    @Benchmark
    public GapReport regenerated() {
        return workflow.run(new GapWorkflow.Request(DIR.resolve("lo-supplier.docx"), null, null, Path.of("clauses"),
                Path.of("profiles"))).report();
    }

    @Benchmark
    public GapReport givenDraft() {
        return workflow.run(new GapWorkflow.Request(DIR.resolve("lo-supplier.docx"), DIR.resolve("sent-gpo.docx"), null,
                Path.of("clauses"), Path.of("profiles"))).report();
    }
}
