package io.mc2.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.LibraryLoader;
import io.mc2.profile.ProfileResolver;
import io.mc2.redline.RedlineReader;
import io.mc2.testing.OutboundScan;
import io.mc2.testing.OutboundSecrets;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web app over plain HTTP: every page answers, hostile uploads get one line and the right status, downloads are clean. */
class ServeHttpTest {
    static final Path SUPPLIER = Path.of("src/test/resources/gap/lo-supplier.docx");
    /** Small limits, so that "too large" needs only a few hundred kilobytes. */
    static final UploadLimits LIMITS = new UploadLimits(400_000, 300_000, 3, 10, 1_000_000);

    static WebServer server;
    static WebClient web;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Path.of("clauses"), Path.of("profiles"), LIMITS));
        web = new WebClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageAnswers() throws Exception {
        for (String p : List.of("/", "/draft", "/review", "/portfolio", "/profiles", "/profiles/gpo-standard",
                "/profiles/diff?a=gpo-standard&b=health-system-strict")) {
            HttpResponse<byte[]> r = web.get(p);
            assertEquals(200, r.statusCode(), p);
            String html = WebClient.text(r);
            assertTrue(html.contains("<main id=\"main\">") && html.contains("<nav aria-label=\"Main\">") && html.contains("<h1>"), p);
        }
        assertEquals(404, web.get("/nothing-here").statusCode());
        assertEquals(404, web.get("/profiles/..%2F..%2Fetc%2Fpasswd").statusCode());
        assertTrue(WebClient.text(web.get("/profiles/gpo-standard")).contains("gpo-standard.yaml:"), "where each value comes from");
    }

    @Test
    void theProfileBundleIsTheOnePublishWrites() throws Exception {
        HttpResponse<byte[]> r = web.get("/profiles/gpo-standard/bundle.zip");
        assertEquals(200, r.statusCode());
        Set<String> names = new LinkedHashSet<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) names.add(e.getName());
        }
        assertTrue(names.contains("gpo-standard-1.0.0/SHA256SUMS") && names.contains("gpo-standard-1.0.0/gpo-standard-1.0.0.yaml"), names.toString());
    }

    @Test
    void anInvalidDateIsRefusedNextToItsField() throws Exception {
        HttpResponse<byte[]> r = web.form("/draft", Map.of("profile", "gpo-standard", "agreement.effective-date", "2026-02-30",
                "hdo.name", "Riverside Health"));
        assertEquals(422, r.statusCode());
        String html = WebClient.text(r);
        assertTrue(html.contains("id=\"f-agreement-effective-date-error\""), html);
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("value=\"Riverside Health\""), "what was typed stays");
    }

    @Test
    void aDraftDownloadIsAWordDocumentWithNothingInternal() throws Exception {
        HttpResponse<byte[]> r = web.form("/draft/download", Map.of("profile", "gpo-standard", "format", "docx",
                "hdo.name", "Riverside Health", "mdm.name", "Acme Devices", "agreement.effective-date", "2026-12-01"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Path docx = Files.write(tmp.resolve("draft.docx"), r.body());
        String text = RedlineReader.read(docx).text(io.mc2.redline.View.ACCEPTED);
        assertTrue(text.contains("Riverside Health") && text.contains("Acme Devices"), "the facts are in the draft");
        assertEquals(List.of(), OutboundScan.scan(r.body(), null, secrets("gpo-standard")));
    }

    @Test
    void aReturnIsRatedAndItsCounterRedlineHoldsNothingInternal() throws Exception {
        HttpResponse<byte[]> up = web.upload("/review", "document", Map.of("lo-supplier.docx", Files.readAllBytes(SUPPLIER)));
        assertEquals(303, up.statusCode(), WebClient.text(up));
        String page = up.headers().firstValue("Location").orElseThrow();
        String html = WebClient.text(web.get(page));
        assertTrue(html.contains("Gap report: lo-supplier.docx"), html);
        assertTrue(html.contains("class=\"v beyond-walk-away\"") || html.contains("class=\"v needs-escalation\""), "verdicts are shown");
        HttpResponse<byte[]> json = web.get(page + "/report.json");
        assertEquals(200, json.statusCode());
        assertTrue(WebClient.text(json).contains("\"schema\" : \"mc2.gap/1\""));
        HttpResponse<byte[]> counter = web.get(page + "/counter.docx");
        assertEquals(200, counter.statusCode(), WebClient.text(counter));
        assertEquals(List.of(), OutboundScan.scan(counter.body(), Files.readAllBytes(SUPPLIER), secrets("gpo-standard")));
        assertEquals(200, web.get(page + "/report.docx").statusCode());
    }

    @Test
    void anUploadTooLargeIs413() throws Exception {
        HttpResponse<byte[]> r = web.upload("/review", "document", Map.of("big.docx", new byte[500_000]));
        assertEquals(413, r.statusCode());
        assertOneLine(r);
    }

    @Test
    void aFileNotNamedDocxIs415AndNotAWordDocumentIs422WithTheReadersMessage() throws Exception {
        HttpResponse<byte[]> named = web.upload("/review", "document", Map.of("notes.txt", "hello".getBytes()));
        assertEquals(415, named.statusCode());
        assertOneLine(named);
        HttpResponse<byte[]> bytes = web.upload("/review", "document", Map.of("fake.docx", "hello, not a zip".getBytes()));
        assertEquals(422, bytes.statusCode());
        assertTrue(WebClient.text(bytes).contains("fake.docx: not a .docx file"), WebClient.text(bytes));
        assertOneLine(bytes);
        HttpResponse<byte[]> form = web.form("/review", Map.of("document", "x"));
        assertEquals(415, form.statusCode(), "an upload must be a multipart form");
    }

    @Test
    void aZipClimbingOutOfItsFolderIsRefusedWhole() throws Exception {
        HttpResponse<byte[]> r = web.upload("/portfolio", "documents", Map.of("returns.zip",
                zip(Map.of("ok.docx", Files.readAllBytes(SUPPLIER), "../../evil.docx", new byte[10]))));
        assertEquals(422, r.statusCode());
        assertTrue(WebClient.text(r).contains("unsafe name"), WebClient.text(r));
        assertOneLine(r);
    }

    @Test
    void aZipPastTheLimitsIs413() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) many.put("d" + i + ".txt", new byte[1]);
        assertEquals(413, web.upload("/portfolio", "documents", Map.of("many.zip", zip(many))).statusCode(), "entries");
        assertEquals(413, web.upload("/portfolio", "documents", Map.of("bomb.zip", zip(Map.of("a.docx", new byte[2_000_000]))))
                .statusCode(), "inflated bytes, counted while inflating");
    }

    @Test
    void anotherHostNameIsRefused() throws Exception {
        // java.net.http will not send another Host header: a socket does (as a browser on a rebound DNS name would)
        try (var s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes());
            String status = new String(s.getInputStream().readNBytes(12));
            assertEquals("HTTP/1.1 400", status);
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        String body = "profile=gpo-standard";
        for (String[] origin : new String[][] {{"https://attacker.example", "HTTP/1.1 403"},
                {"http://127.0.0.1:" + server.port(), "HTTP/1.1 "}}) {
            try (var s = new java.net.Socket("127.0.0.1", server.port())) {
                s.getOutputStream().write(("POST /draft HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nOrigin: " + origin[0]
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body).getBytes());
                String status = new String(s.getInputStream().readNBytes(12));
                assertTrue(status.startsWith(origin[1]), origin[0] + ": " + status);
                if (!origin[0].contains("attacker")) assertTrue(!status.equals("HTTP/1.1 403"), "our own page may post: " + status);
            }
        }
    }

    @Test
    void aPortInUseIsAUsageError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.mc2.problem.Mc2Exception.class, () -> WebServer.start(
                new WebServer.Options("127.0.0.1", server.port(), Path.of("clauses"), Path.of("profiles"), LIMITS)));
        assertEquals(io.mc2.problem.ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("port " + server.port()), e.getMessage());
    }

    static void assertOneLine(HttpResponse<byte[]> r) {
        String html = WebClient.text(r);
        assertTrue(html.contains("role=\"alert\""), html);
        assertFalse(html.contains("\tat ") || html.contains("Exception"), "no stack trace: " + html);
        String alert = html.substring(html.indexOf("role=\"alert\">"), html.indexOf("</p>", html.indexOf("role=\"alert\">")));
        assertFalse(alert.contains("\n"), alert);
        assertFalse(alert.contains(server.url()) || alert.contains("/tmp/"), "no internal path: " + alert);
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static OutboundSecrets secrets(String profile) {
        var library = LibraryLoader.load(Path.of("clauses"));
        var resolver = new ProfileResolver(library, Path.of("profiles"));
        Set<String> names = new LinkedHashSet<>();
        for (String id : resolver.available()) names.add(resolver.resolve(id).name());
        return OutboundSecrets.of(library, resolver.resolve(profile), names);
    }
}
