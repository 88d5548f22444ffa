package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.SharedData;
import io.corroborate.input.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report in a real browser: Debian's headless Chromium opens the page from a file, as a
 * reader would, and the filters are clicked. Screenshots go to target/report-screenshots for people
 * to look at. The browser and its driver are used from fixed paths, so Selenium never downloads one.
 */
class ReportHtmlBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/report-screenshots");

  @TempDir
  static Path profile;

  private static ChromeDriver browser;
  /** Held so the setting sticks: Selenium warns that it has no DevTools classes for this Chromium, which we do not use. */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  @BeforeAll
  static void startBrowser() throws Exception {
    requireChromium();
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void harbourExampleRendersAndFilters() throws Exception {
    Path example = Path.of("examples/harbour");
    openReport("harbour", List.of(example), List.of(example.resolve("reports")));
  }

  @Test
  void kurskSeedsRenderAndFilter() throws Exception {
    Path seeds = SharedData.require("seeds");
    openReport("seeds", List.of(Path.of("examples/kursk")), List.of(seeds));
  }

  private static void openReport(String name, List<Path> rulePaths, List<Path> inputs) throws Exception {
    RuleSet rules = Corroborate.compile(rulePaths);
    DocumentReader.Result input = Corroborate.readDocuments(inputs);
    Report report = rules.evaluate(input.documents(), input.problems());
    Path page = SCREENSHOTS.resolve(name + ".html");
    Files.writeString(page, ReportHtml.render(report, input.documents()), StandardCharsets.UTF_8);

    browser.get(page.toAbsolutePath().toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("filters")).isDisplayed());
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Corroborate report");
    assertThat(browser.findElement(By.id("summary")).getText())
        .contains("DOCUMENTS\n" + report.stats().documents(), "VERDICTS\n" + report.stats().verdicts());
    List<WebElement> verdicts = browser.findElements(By.cssSelector("article.verdict"));
    assertThat(verdicts).hasSize(report.verdicts().size()).allMatch(WebElement::isDisplayed);
    assertThat(status()).isEqualTo("Showing all " + verdicts.size() + " verdicts");
    screenshot(name + ".png", false);
    screenshot(name + "-full.png", true);

    String label = rarestLabel(report);
    click("label", label);
    int expected = report.stats().verdictsByLabel().get(label);
    assertThat(verdicts).filteredOn(WebElement::isDisplayed).hasSize(expected)
        .allSatisfy(v -> assertThat(v.getAttribute("data-label")).isEqualTo(label));
    assertThat(verdicts).filteredOn(v -> !v.getAttribute("data-label").equals(label)).noneMatch(WebElement::isDisplayed);
    assertThat(status()).isEqualTo("Showing " + expected + " of " + verdicts.size() + " verdicts");
    browser.executeScript("document.getElementById('verdicts').scrollIntoView()");
    screenshot(name + "-filtered.png", false);

    String kind = report.verdicts().stream().filter(v -> v.verdict().equals(label)).findFirst().orElseThrow().claim();
    click("kind", kind);
    long both = report.verdicts().stream().filter(v -> v.verdict().equals(label) && v.claim().equals(kind)).count();
    assertThat(verdicts).filteredOn(WebElement::isDisplayed).hasSize((int) both);

    browser.findElement(By.cssSelector("#filters .reset")).click();
    assertThat(verdicts).allMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.cssSelector("#filters button[aria-pressed='true']"))).isEmpty();
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage).isEmpty();
  }

  /** The label with the fewest verdicts, so clicking it must hide the others. */
  private static String rarestLabel(Report report) {
    assertThat(report.stats().verdictsByLabel()).as("labels to filter by").hasSizeGreaterThan(1);
    return report.stats().verdictsByLabel().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static void click(String group, String value) {
    WebElement button = browser.findElements(By.cssSelector("#filters [data-filter='" + group + "'] button")).stream()
        .filter(b -> value.equals(b.getAttribute("data-value"))).findFirst().orElseThrow();
    button.click();
    assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
  }

  private static String status() {
    return browser.findElement(By.id("filter-status")).getText();
  }

  private static void screenshot(String file, boolean fullPage) throws Exception {
    Map<String, Object> args = fullPage
        ? Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
            "width", 1280, "height", ((Number) browser.executeScript("return document.documentElement.scrollHeight")).intValue()))
        : Map.of();
    String png = (String) browser.executeCdpCommand("Page.captureScreenshot", args).get("data");
    Files.write(SCREENSHOTS.resolve(file), Base64.getDecoder().decode(png));
  }

  /** CI has the browser (.ci/run installs it): there a missing one fails; elsewhere the test is skipped. */
  private static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String reason = CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(reason + "; CI must have them");
    }
    Assumptions.abort(reason + "; skipping the browser test");
  }
}
