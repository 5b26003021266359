package io.mc2.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (never a browser Selenium would
 * download), with a new empty profile and downloads into a folder of the test's. Tests using it are
 * skipped, saying why, where Chromium is not installed.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("build.dir", "target"), "screenshots");

    final ChromeDriver driver;
    final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED: chromium or chromedriver not installed (apt-get install chromium chromium-driver); browser tests not run");
    }

    static Browser start(Path folder) throws IOException {
        assumeInstalled();
        Path profile = Files.createDirectories(folder.resolve("chromium-profile"));
        Path downloads = Files.createDirectories(folder.resolve("downloads"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1500");
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, downloads);
    }

    /** Saves what the window shows as target/screenshots/NAME.png (to be looked at). */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The one file that arrives in the downloads folder, once complete, moved out of it (under its
     * own name, in a folder of its own) so that the next download is again the only one there.
     */
    Path download(String extension, long timeoutMillis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith("." + extension)).findFirst();
                if (done.isPresent()) {
                    Path kept = Files.createTempDirectory(downloads.getParent(), "downloaded-");
                    return Files.move(done.get(), kept.resolve(done.get().getFileName()));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ." + extension + " downloaded within " + timeoutMillis + " ms");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
