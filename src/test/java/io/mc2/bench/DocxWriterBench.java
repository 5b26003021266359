package io.mc2.bench;

import io.mc2.model.Contract;
import io.mc2.write.SampleContracts;
import io.mc2.write.docx.DocxContractWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm cost of writing a Word draft (product goal: assembly + save within 25 ms median for 60
 * clauses, so the writer aims at 15 ms). Sample mode reports the median (p0.50).
 *
 * <pre>
 * .ci/bench NAME   (or by hand: mvn -B -q -o test-compile, which writes target/test-classpath.txt)
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.openjdk.jmh.Main DocxWriterBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class DocxWriterBench {
    @Param({"60"})
    int clauses;

    private Contract contract;
    private final DocxContractWriter writer = new DocxContractWriter();

    @Setup
    public void setUp() {
        contract = SampleContracts.generated(clauses);
    }

    /** Build the document objects and write the package: what {@code mc2 draft} spends after assembly. */
    @Benchmark
    public byte[] buildAndSave() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writer.write(contract, out);
        return out.toByteArray();
    }
}
