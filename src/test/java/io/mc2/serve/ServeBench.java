package io.mc2.serve;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the web app's two main requests on loopback, the server warm, one client:
 * {@code draftRequest} posts the deal facts and receives the Word draft (New draft → Download);
 * {@code reviewRequest} uploads the sample supplier return (a LibreOffice redline of the 71-clause
 * gpo-standard draft) and receives its review page (Review
 * a return → Analyse, following the redirect). Sample time, so JMH prints p50 and p90.
 * Run: {@code .ci/bench ServeBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServeBench {
    static final Path REDLINE = Path.of("output-samples/supplier-return.docx");
    static final Map<String, String> FACTS = Map.of("profile", "gpo-standard", "format", "docx", "agreement.reference", "MSA-2026-0042",
            "hdo.name", "Riverside Health", "mdm.name", "Acme Devices", "agreement.effective-date", "2026-12-01");

    WebServer server;
    WebClient web;
    byte[] redline;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Path.of("clauses"), Path.of("profiles"), UploadLimits.defaults()));
        web = new WebClient(server.url());
        redline = Files.readAllBytes(REDLINE);
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public int draftRequest() throws Exception {
        HttpResponse<byte[]> r = web.form("/draft/download", FACTS);
        if (r.statusCode() != 200) throw new IllegalStateException("draft request: HTTP " + r.statusCode());
        return r.body().length;
    }

    @Benchmark
    public int reviewRequest() throws Exception {
        HttpResponse<byte[]> up = web.upload("/review", "document", Map.of("supplier-return.docx", redline));
        if (up.statusCode() != 303) throw new IllegalStateException("review upload: HTTP " + up.statusCode());
        HttpResponse<byte[]> page = web.get(up.headers().firstValue("Location").orElseThrow());
        if (page.statusCode() != 200) throw new IllegalStateException("review page: HTTP " + page.statusCode());
        return page.body().length;
    }
}
