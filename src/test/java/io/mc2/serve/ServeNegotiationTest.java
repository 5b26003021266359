package io.mc2.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.negotiation.RoundStamp;
import io.mc2.redline.RedlineReader;
import io.mc2.testing.Fixtures;
import io.mc2.testing.Mc2Run;
import io.mc2.testing.OutboundScan;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app and the negotiation record: with {@code --records} a draft is recorded as round 1,
 * a return is rated against what we sent in its round and recorded, the counter-redline opens the
 * next round, and the Negotiations page shows the rounds; without it nothing is recorded anywhere.
 * The returns are the three-round scenario's (src/test/resources/negotiation/three-rounds), made
 * with LibreOffice from the gpo-standard draft of its deal.
 */
class ServeNegotiationTest {
    static final Path ROUNDS = Path.of("src/test/resources/negotiation/three-rounds");
    static final String ID = "MSA-2026-0042";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The returns were made from drafts of library 0.2.0: the server and the recorded draft use that library. */
    private WebServer start(Path records) {
        return WebServer.start(new WebServer.Options("127.0.0.1", 0, Fixtures.fixtureClauses(), Fixtures.fixtureProfiles(),
                UploadLimits.defaults(), records));
    }

    /** Round 1 as {@code mc2 draft} records it, in the folder the server keeps its records in. */
    private Path recordFirstRound(Path records) {
        Mc2Run draft = Mc2Run.of("draft", "--library", Fixtures.fixtureClauses(), "--profiles", Fixtures.fixtureProfiles(),
                "--deal", ROUNDS.resolve("deal.yaml"), "--date", "2026-03-01", "-o", dir.resolve("sent.docx"),
                "--record", records.resolve(ID));
        assertEquals(0, draft.exit(), draft.toString());
        return records.resolve(ID);
    }

    @Test
    void aReturnOfARecordedRoundIsRatedAgainstThatRoundAndTheCounterOpensTheNext() throws Exception {
        Path records = dir.resolve("records");
        Path record = recordFirstRound(records);
        try (WebServer server = start(records)) {
            WebClient web = new WebClient(server.url());
            String page = review(web, "return-r1.docx");
            String html = WebClient.text(web.get(page));
            assertTrue(html.contains("Round 1 of negotiation <a href=\"/negotiations/" + ID + "\">" + ID + "</a>"), html);
            assertTrue(Files.isRegularFile(record.resolve("round-1/returned.docx")), "the return is recorded");
            // written from the profile: the supplier's 55 days for critical patches is beyond fallback 45, within walk-away 60
            assertEquals("needs-escalation", verdict(web, page, "patch-critical"));

            HttpResponse<byte[]> counter = web.get(page + "/counter.docx");
            assertEquals(200, counter.statusCode(), WebClient.text(counter));
            Path saved = Files.write(dir.resolve("counter.docx"), counter.body());
            Map<String, String> stamp = RedlineReader.read(saved).customProperties();
            assertEquals("2", stamp.get(RoundStamp.ROUND));
            assertEquals(ID, stamp.get(RoundStamp.NEGOTIATION));
            JsonNode index = JSON.readTree(record.resolve("record.json").toFile());
            assertEquals(2, index.path("rounds").size(), "the counter-redline is round 2 of the record");
            assertEquals(RoundStamp.sha256(counter.body()), index.path("rounds").get(1).path("sent").path("sha256").asText());
            assertEquals(List.of(), OutboundScan.scan(counter.body(), Files.readAllBytes(ROUNDS.resolve("return-r1.docx")),
                    ServeHttpTest.secrets("gpo-standard")));
            // the same download again is the same file, not a third round
            assertEquals(RoundStamp.sha256(counter.body()), RoundStamp.sha256(web.get(page + "/counter.docx").body()));

            // round 2 is rated against our counter: what round 1 settled is not flagged again
            String second = review(web, "return-r2.docx");
            assertTrue(WebClient.text(web.get(second)).contains("Round 2 of negotiation"));
            assertEquals("unchanged", verdict(web, second, "patch-high"));

            String negotiation = WebClient.text(web.get("/negotiations/" + ID));
            assertTrue(negotiation.contains("<h1>Negotiation " + ID + "</h1>") && negotiation.contains("Where every clause stands"), negotiation);
            assertTrue(negotiation.contains("/negotiations/" + ID + "/rounds/2/returned.docx"), negotiation);
            HttpResponse<byte[]> sent2 = web.get("/negotiations/" + ID + "/rounds/2/sent.docx");
            assertEquals(200, sent2.statusCode());
            assertEquals(RoundStamp.sha256(counter.body()), RoundStamp.sha256(sent2.body()));
            assertTrue(WebClient.text(web.get("/negotiations")).contains("href=\"/negotiations/" + ID + "\""));
            assertEquals(404, web.get("/negotiations/..%2F" + ID).statusCode());
            assertEquals(404, web.get("/negotiations/" + ID + "/rounds/2/record.json").statusCode());
        }
    }

    @Test
    void withoutRecordsAReturnThatNamesANegotiationIsRatedButNothingIsRecorded() throws Exception {
        Path record = recordFirstRound(dir.resolve("records"));
        byte[] before = Files.readAllBytes(record.resolve("record.json"));
        try (WebServer server = start(null)) {
            WebClient web = new WebClient(server.url());
            String page = review(web, "return-r1.docx");
            String html = WebClient.text(web.get(page));
            assertTrue(html.contains("this server does not record"), html);
            HttpResponse<byte[]> counter = web.get(page + "/counter.docx");
            assertEquals(200, counter.statusCode(), WebClient.text(counter));
            // not stamped as a next round: it keeps the round the supplier's document came with
            assertEquals("1", RedlineReader.read(Files.write(dir.resolve("c.docx"), counter.body())).customProperties().get(RoundStamp.ROUND));
            assertTrue(WebClient.text(web.get("/negotiations")).contains("keeps no negotiation records"));
            assertEquals(404, web.get("/negotiations/" + ID).statusCode());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(record.resolve("record.json"))), "the record is untouched");
        assertFalse(Files.exists(Path.of("negotiation", ID)), "nothing recorded in the server's working folder");
    }

    @Test
    void aDraftRecordedFromTheWebIsRoundOneAndItsDownloadIsStamped() throws Exception {
        Path records = dir.resolve("records");
        Map<String, String> facts = Map.of("profile", "gpo-standard", "agreement.reference", "WEB-2026-7", "hdo.name", "Riverside Health",
                "mdm.name", "Acme Devices", "agreement.effective-date", "2026-12-01");
        try (WebServer server = start(records)) {
            WebClient web = new WebClient(server.url());
            HttpResponse<byte[]> sent = web.form("/draft/send", facts);
            assertEquals(303, sent.statusCode(), WebClient.text(sent));
            assertEquals("/negotiations/WEB-2026-7", sent.headers().firstValue("Location").orElseThrow());
            HttpResponse<byte[]> doc = web.get("/negotiations/WEB-2026-7/rounds/1/sent.docx");
            assertEquals(200, doc.statusCode());
            Map<String, String> stamp = RedlineReader.read(Files.write(dir.resolve("sent.docx"), doc.body())).customProperties();
            assertEquals("WEB-2026-7", stamp.get(RoundStamp.NEGOTIATION));
            assertEquals("1", stamp.get(RoundStamp.ROUND));
            assertEquals(List.of(), OutboundScan.scan(doc.body(), null, ServeHttpTest.secrets("gpo-standard")));
            assertEquals(303, web.form("/draft/send", facts).statusCode(), "the same draft again changes nothing");
            Map<String, String> other = new java.util.HashMap<>(facts);
            other.put("mdm.name", "Other Devices");
            HttpResponse<byte[]> conflict = web.form("/draft/send", other);
            assertEquals(409, conflict.statusCode());
            assertTrue(WebClient.text(conflict).contains("already has another round 1"));
        }
        assertEquals(1, JSON.readTree(records.resolve("WEB-2026-7/record.json").toFile()).path("rounds").size());
    }

    private static String review(WebClient web, String file) throws Exception {
        HttpResponse<byte[]> up = web.upload("/review", "document", Map.of(file, Files.readAllBytes(ROUNDS.resolve(file))));
        assertEquals(303, up.statusCode(), WebClient.text(up));
        return up.headers().firstValue("Location").orElseThrow();
    }

    private static String verdict(WebClient web, String page, String clause) throws Exception {
        JsonNode report = JSON.readTree(web.get(page + "/report.json").body());
        for (JsonNode c : report.path("clauses")) if (c.path("id").asText().equals(clause)) return c.path("verdict").asText();
        return null;
    }
}
