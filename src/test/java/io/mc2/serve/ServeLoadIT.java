package io.mc2.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Load on loopback: 50 reviews of real redlines (LibreOffice, Docxodus and three-round returns)
 * uploaded by 10 clients at once. Nothing is lost or mixed up — every upload gets its own review,
 * whose verdicts are those the same file gets alone — no request fails, and the whole run is
 * bounded in time. Prints the latency of the uploads (analysis included) and of the review pages.
 */
class ServeLoadIT {
    static final List<Path> REDLINES = List.of(Path.of("src/test/resources/gap/lo-supplier.docx"),
            Path.of("src/test/resources/gap/engines/docxodus.docx"), Path.of("src/test/resources/gap/engines/lo-tracked.docx"),
            Path.of("src/test/resources/negotiation/three-rounds/return-r1.docx"));
    static final int UPLOADS = 50;
    static final int CLIENTS = 10;
    static final ObjectMapper JSON = new ObjectMapper();

    private record Timed(long uploadMs, long pageMs) {
    }

    @Test
    void fiftyConcurrentReviewsAllSucceedWithTheirOwnVerdicts() throws Exception {
        try (WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Path.of("clauses"), Path.of("profiles"),
                UploadLimits.defaults()))) {
            WebClient web = new WebClient(server.url());
            Map<Path, Map<String, String>> alone = new LinkedHashMap<>();
            for (Path p : REDLINES) alone.put(p, verdicts(web, review(web, p)));

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Timed>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < UPLOADS; i++) {
                Path file = REDLINES.get(i % REDLINES.size());
                runs.add(clients.submit(() -> {
                    long t0 = System.nanoTime();
                    String page = review(web, file);
                    long t1 = System.nanoTime();
                    HttpResponse<byte[]> shown = web.get(page);
                    long t2 = System.nanoTime();
                    assertEquals(200, shown.statusCode(), page);
                    assertTrue(WebClient.text(shown).contains("Review: " + file.getFileName()), page);
                    assertEquals(alone.get(file), verdicts(web, page), file + " under load");
                    return new Timed((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
                }));
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "50 reviews within five minutes");
            List<Long> uploads = new ArrayList<>();
            List<Long> pages = new ArrayList<>();
            for (Future<Timed> f : runs) {
                Timed t = f.get();
                uploads.add(t.uploadMs());
                pages.add(t.pageMs());
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("mc2 serve load: %d reviews by %d clients in %d ms; upload+analysis %s; review page %s%n", UPLOADS, CLIENTS,
                    wall, spread(uploads), spread(pages));
            assertEquals(UPLOADS, uploads.size());
            assertEquals(200, web.get("/").statusCode(), "the server still answers");
        }
    }

    private static String review(WebClient web, Path file) throws Exception {
        HttpResponse<byte[]> up = web.upload("/review", "document", Map.of(file.getFileName().toString(), Files.readAllBytes(file)));
        assertEquals(303, up.statusCode(), WebClient.text(up));
        return up.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> verdicts(WebClient web, String page) throws Exception {
        HttpResponse<byte[]> r = web.get(page + "/report.json");
        assertEquals(200, r.statusCode(), page);
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : JSON.readTree(r.body()).path("clauses")) out.put(c.path("id").asText(), c.path("verdict").asText());
        assertTrue(!out.isEmpty(), page + ": a report with clauses");
        return out;
    }

    private static String spread(List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        return "p50 " + s.get(s.size() / 2) + " ms, p90 " + s.get(s.size() * 9 / 10) + " ms, max " + s.get(s.size() - 1) + " ms";
    }
}
