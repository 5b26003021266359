package io.mc2.bench;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Contract;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.docx.DocxContractWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Warm assembly and save of a draft with every clause of the shipped library (the mc2-baseline
 * profile lists them all; no deal, so every applies-when holds). Goal: assembly + save ≤ 25 ms median.
 * Run: {@code .ci/bench DraftBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DraftBench {
    ClauseLibrary library;
    ResolvedProfile profile;
    Assembler assembler;
    DocxContractWriter writer;
    Contract contract;

    @Setup
    public void setUp() {
        library = LibraryLoader.load(Path.of("clauses"));
        profile = new ProfileResolver(library, Path.of("profiles")).resolve("mc2-baseline");
        assembler = new Assembler(new ClauseRenderer());
        writer = new DocxContractWriter();
        contract = assemble();
    }

    private Contract assemble() {
        return assembler.assemble(library, profile, DealFacts.none(), LocalDate.of(2026, 12, 1));
    }

    @Benchmark
    public Contract assembleOnly() {
        return assemble();
    }

    @Benchmark
    public byte[] saveOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        writer.write(contract, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] assembleAndSave() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        writer.write(assemble(), out);
        return out.toByteArray();
    }
}
