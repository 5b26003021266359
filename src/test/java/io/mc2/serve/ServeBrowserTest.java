package io.mc2.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.GapWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.report.ReportText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium: the server runs in this JVM on a free port, the browser
 * fills its forms, uploads fixtures and downloads files, which are checked with mc2's own reader.
 * Each page is saved as a screenshot under target/screenshots.
 */
class ServeBrowserTest {
    static final Path GAP = Path.of("src/test/resources/gap");

    @TempDir
    static Path tmp;

    static WebServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Path.of("clauses"), Path.of("profiles"), UploadLimits.defaults()));
        browser = Browser.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static void open(String path) {
        browser.driver.get(server.url() + path.substring(1));
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static String h1() {
        return find("main h1").getText();
    }

    /** Waits for the page whose heading starts so (a click on a submit button does not wait for the next page). */
    private static void awaitPage(String heading) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> h1().startsWith(heading));
    }

    @Test
    void aDraftFromTheFormWithAnErrorShownByItsFieldThenDownloadedAsWord() throws Exception {
        open("/");
        browser.screenshot("home");
        open("/draft");
        find("#p-health-system-strict").click();
        find("#f-agreement-reference").sendKeys("MSA-2026-0042");
        find("#f-agreement-effective-date").sendKeys("2026-13-01");
        find("#f-hdo-name").sendKeys("Riverside Health");
        find("#f-mdm-name").sendKeys("Acme Medical Devices LLC");
        new Select(find("#f-device-networked")).selectByValue("yes");
        find("form[action='/draft'] button[type=submit]").click();
        awaitPage("New draft");

        WebElement error = find("#f-agreement-effective-date-error");
        assertTrue(error.isDisplayed());
        WebElement field = error.findElement(By.xpath(".."));
        assertEquals("f-agreement-effective-date", field.findElement(By.tagName("input")).getAttribute("id"), "the error sits with its field");
        assertTrue(find("#f-agreement-effective-date").getAttribute("aria-describedby").contains("f-agreement-effective-date-error"));
        assertEquals("Riverside Health", find("#f-hdo-name").getAttribute("value"), "what was typed stays");
        browser.driver.executeScript("document.getElementById('f-agreement-effective-date-error').scrollIntoView({block:'center'})");
        browser.screenshot("draft-error");

        find("#f-agreement-effective-date").clear();
        find("#f-agreement-effective-date").sendKeys("2026-12-01");
        find("form[action='/draft'] button[type=submit]").click();
        awaitPage("Draft:");
        assertTrue(find("article.contract").getText().contains("Riverside Health"));
        browser.screenshot("draft-contract");

        find("button[value=docx]").click();
        Path docx = browser.download("docx", 30_000);
        RedlineDocument read = RedlineReader.read(docx);
        assertTrue(read.text(View.ACCEPTED).contains("Acme Medical Devices LLC"));
        assertEquals("health-system-strict", read.customProperties().get("mc2.profile.id"));
        assertEquals("MSA-2026-0042-draft.docx", docx.getFileName().toString());
    }

    @Test
    void aReturnShowsTheVerdictsMc2GapGives() throws Exception {
        Path supplier = GAP.resolve("lo-supplier.docx");
        GapReport expected = new GapWorkflow().run(new GapWorkflow.Request(supplier, null, null, Path.of("clauses"), Path.of("profiles"))).report();
        open("/review");
        find("#document").sendKeys(supplier.toAbsolutePath().toString());
        find("form[action='/review'] button[type=submit]").click();
        awaitPage("Review:");
        assertEquals("Review: lo-supplier.docx", h1());
        List<String> shown = browser.driver.findElements(By.cssSelector(".report table.sortable tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText() + " | " + r.findElements(By.tagName("td")).get(2).getText())
                .toList();
        List<String> wanted = ReportText.attention(expected).stream().map(c -> ReportText.heading(c) + " | " + ReportText.label(c.verdict())).toList();
        assertEquals(wanted, shown);
        browser.screenshot("review");

        find("a[href$='?show=person']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("?show=person"));
        List<String> narrowed = browser.driver.findElements(By.cssSelector(".report table.sortable tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
        List<String> needs = ReportText.attention(expected).stream().filter(NeedsPerson::needs).map(ReportText::heading).toList();
        assertEquals(needs, narrowed);
        assertTrue(narrowed.size() < shown.size(), "the filter leaves out what needs nobody");
        browser.screenshot("review-needs-a-person");
    }

    @Test
    void aSecondRoundReturnIsRatedThroughTheRecordAndTheNegotiationShowsItsRounds() throws Exception {
        Path records = tmp.resolve("records");
        Path rounds = Path.of("src/test/resources/negotiation/three-rounds");
        // the returns were made from a draft of library 0.2.0: the record and the server use that library
        io.mc2.testing.Mc2Run draft = io.mc2.testing.Mc2Run.of("draft", "--library", io.mc2.testing.Fixtures.fixtureClauses(),
                "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "--deal", rounds.resolve("deal.yaml"), "--date", "2026-03-01",
                "-o", tmp.resolve("sent.docx"), "--record", records.resolve("MSA-2026-0042"));
        assertEquals(0, draft.exit(), draft.toString());
        try (WebServer recording = WebServer.start(new WebServer.Options("127.0.0.1", 0, io.mc2.testing.Fixtures.fixtureClauses(),
                io.mc2.testing.Fixtures.fixtureProfiles(), UploadLimits.defaults(), records))) {
            browser.driver.get(recording.url() + "review");
            find("#document").sendKeys(rounds.resolve("return-r1.docx").toAbsolutePath().toString());
            find("form[action='/review'] button[type=submit]").click();
            awaitPage("Review:");
            assertTrue(find("main p.notice").getText().startsWith("Round 1 of negotiation MSA-2026-0042"), find("main p.notice").getText());
            browser.screenshot("review-recorded-round");
            find("a[href$='/counter.docx']").click();
            Path counter = browser.download("docx", 30_000);
            assertEquals("2", RedlineReader.read(counter).customProperties().get(io.mc2.negotiation.RoundStamp.ROUND));

            browser.driver.get(recording.url() + "negotiations");
            awaitPage("Negotiations");
            find("a[href='/negotiations/MSA-2026-0042']").click();
            awaitPage("Negotiation MSA-2026-0042");
            List<String> rows = browser.driver.findElements(By.cssSelector("main > table tbody tr")).stream()
                    .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
            assertEquals(List.of("1", "2"), rows, "round 1 rated and answered, round 2 sent");
            assertTrue(find(".status").getText().contains("patch-critical"));
            browser.screenshot("negotiation");
        }
    }

    @Test
    void aPortfolioOfThreeBecomesAHeatMap() throws Exception {
        List<Path> files = List.of(GAP.resolve("lo-supplier.docx"), GAP.resolve("lo-clean-copy.docx"), GAP.resolve("rounds/variant-values.docx"));
        open("/portfolio");
        browser.screenshot("portfolio-upload");
        find("#documents").sendKeys(String.join("\n", files.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        find("form[action='/portfolio'] button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/portfolio/"));
        browser.screenshot("portfolio-progress");
        new WebDriverWait(browser.driver, Duration.ofSeconds(180)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> h1().startsWith("Portfolio:"));
        assertEquals("Portfolio: 3 documents", h1());
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".matrix tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(find(".matrix tbody").getText().contains("lo-supplier.docx"));
        browser.screenshot("portfolio");

        find("a[href='matrix.xlsx']").click();
        Path xlsx = browser.download("xlsx", 30_000);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            java.util.Set<String> documents = new java.util.TreeSet<>();
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().endsWith(".docx")) documents.add(first.getStringCellValue());
            }
            assertEquals(new java.util.TreeSet<>(files.stream().map(f -> f.getFileName().toString()).toList()), documents,
                    "the Excel matrix has a row per document");
        }

        new Select(find("#verdict")).selectByValue("beyond-walk-away");
        find("form.inline button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("verdict=beyond-walk-away"));
        int beyond = browser.driver.findElements(By.cssSelector(".matrix tbody tr")).size();
        assertTrue(beyond >= 1 && beyond < 3, "only the documents with a clause beyond walk-away: " + beyond);
        browser.screenshot("portfolio-filtered");

        find(".matrix tbody td.doc a").click();
        awaitPage("Review: ");
        browser.screenshot("portfolio-report");
    }

    @Test
    void profilesShowWhereEveryValueComesFrom() throws Exception {
        open("/profiles");
        browser.screenshot("profiles");
        find("a[href='/profiles/community-hospital']").click();
        awaitPage("Profile: ");
        assertTrue(find("main").getText().contains("community-hospital.yaml:"), "file and line of the settings");
        browser.screenshot("profile-show");
        open("/profiles");
        find("form[action='/profiles/diff'] button").click();
        awaitPage("From gpo-standard to health-system-strict");
        assertTrue(find("main table").getText().contains("stricter"));
        browser.screenshot("profile-diff");
    }
}
