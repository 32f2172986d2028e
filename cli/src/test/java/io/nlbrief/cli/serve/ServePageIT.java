package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nlbrief.cli.Seeds;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The web page of {@code nlbrief serve} in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, driven by Selenium through {@code /usr/bin/chromedriver}, so nothing is
 * downloaded): paste → sheet, upload a PDF → sheet, a text with errors → underlines with the right
 * suggestion, reached with the keyboard. Screenshots go to target/serve-screenshots. Outside CI a
 * machine without the browser skips it; in CI (.ci/run installs both) that is a failure.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServePageIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String WRONG = "Gisteren zag ik de de man in Brussel. Hij is groter als zijn broer.";
  /** An article whose English differs by variant: organises / organizes, centre / center. */
  private static final String SPELLED = "Stad organiseert feest in het centrum\n\n"
      + "De stad organiseert zaterdag een groot feest in het centrum. Wethouder Claes zei dat de buurt het feest "
      + "zelf betaalt. De bewoners van het centrum kijken er naar uit.\n";

  private static ServerProcess server;
  private static ChromeDriver browser;
  private static Path work;
  private static Path shots;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      assertTrue(!"true".equalsIgnoreCase(System.getenv("CI")), "CI must have chromium and chromium-driver (.ci/run)");
      System.err.println("ServePageIT skipped: no /usr/bin/chromium or /usr/bin/chromedriver");
      assumeTrue(false, "no chromium-driver");
    }
    work = Files.createTempDirectory("nlbrief-serve-page");
    shots = Files.createDirectories(Path.of(System.getProperty("nlbrief.screenshots", "target/brief-screenshots"))
        .resolveSibling("serve-screenshots"));
    server = new ServerProcess(work, "--workers", "1", "--timeout", "120");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
        "--disable-component-update", "--window-size=1200,1600");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Polls {@code condition} every 200 ms for up to 150 s (the first sheet waits for LanguageTool). */
  private static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (System.nanoTime() < end) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (org.openqa.selenium.WebDriverException e) {
        // Not there yet.
      }
      Thread.sleep(200);
    }
    throw new AssertionError("timed out; status: " + browser.findElement(By.id("status")).getText());
  }

  private static void screenshot(String name) throws Exception {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(shots.resolve(name + ".png")) > 5_000, name);
  }

  private static String sheetHtml() {
    return browser.findElement(By.id("sheet")).getAttribute("srcdoc");
  }

  @Test
  void pastedTextGivesTheSheetAndUnderlinesWithTheSuggestionByKeyboard() throws Exception {
    browser.get(server.base + "/");
    WebElement text = browser.findElement(By.id("text"));
    text.sendKeys(Files.readString(Seeds.seed(Seeds.NATO)).strip() + "\n\nGisteren zag ik de de man in Brussel.\n");
    // Keyboard only: from the text area, Tab to the file input, to the English chooser, to the button, Enter.
    new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
    until(() -> browser.findElement(By.id("status")).getText().startsWith("Done"));
    assertTrue(browser.findElement(By.id("sheet-section")).isDisplayed());
    assertTrue(sheetHtml().contains("NAVO") || sheetHtml().contains("Navo"), sheetHtml());
    List<WebElement> marks = browser.findElements(By.cssSelector("#proof mark.finding"));
    assertTrue(marks.size() >= 1, browser.findElement(By.id("proofreading")).getText());
    WebElement mark = marks.stream().filter(m -> m.getText().startsWith("de de")).findFirst()
        .orElseThrow(() -> new AssertionError("no 'de de' among " + marks.stream().map(WebElement::getText).toList()));
    screenshot("paste-sheet");

    // Tab into the proofread text: the finding takes focus and shows its tip.
    mark.sendKeys("");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", mark);
    WebElement tip = mark.findElement(By.cssSelector(".tip"));
    until(tip::isDisplayed);
    assertTrue(tip.getText().startsWith("de"), tip.getText());
    assertTrue(tip.findElement(By.cssSelector(".explanation")).getText().contains("Repetition"), tip.getText());
    assertEquals("0", mark.getAttribute("tabindex"));
    screenshot("underline-tip");
  }

  private static String english() {
    return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return document.getElementById('english').value");
  }

  /**
   * The English chooser, by keyboard: American as the page opens; British (Arrow Down on the
   * chooser) gives a sheet spelled organises and centre, American again organizes and center.
   */
  @Test
  void theEnglishChooserSetsTheSheetsEnglish() throws Exception {
    browser.get(server.base + "/");
    WebElement chooser = browser.findElement(By.id("english"));
    assertEquals("american", english());
    assertEquals("English of the sheet", chooser.getAccessibleName());
    browser.findElement(By.id("text")).sendKeys(SPELLED);
    // From the text area: Tab to the file input, Tab to the chooser, Arrow Down to British, Tab, Enter.
    new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.ARROW_DOWN).perform();
    assertEquals("british", english());
    new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
    until(() -> browser.findElement(By.id("status")).getText().startsWith("Done"));
    String british = sheetHtml();
    assertTrue(british.contains("organises") && british.contains("centre"), british);
    assertTrue(!british.contains("organizes") && !british.contains("center"), british);
    screenshot("english-british-sheet");

    chooser.sendKeys(Keys.ARROW_UP);
    assertEquals("american", english());
    // The first answer's "Done." gone, so that only the second one's counts.
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('status').textContent = ''");
    browser.findElement(By.id("go")).click();
    until(() -> browser.findElement(By.id("status")).getText().startsWith("Done"));
    String american = sheetHtml();
    assertTrue(american.contains("center"), american);
    assertTrue(!american.contains("organises") && !american.contains("centre"), american);
  }

  @Test
  void aShortTextWithErrorsIsUnderlinedOnHover() throws Exception {
    browser.get(server.base + "/");
    browser.findElement(By.id("text")).sendKeys(WRONG);
    browser.findElement(By.id("go")).click();
    until(() -> browser.findElement(By.id("status")).getText().startsWith("Done"));
    List<WebElement> marks = browser.findElements(By.cssSelector("#proof mark.finding"));
    assertEquals(List.of("de de", "als"), marks.stream().map(m -> m.getText().split("\n")[0].replaceAll("(de de|als).*", "$1"))
        .toList());
    new Actions(browser).moveToElement(marks.get(1)).perform();
    WebElement tip = marks.get(1).findElement(By.cssSelector(".tip"));
    until(tip::isDisplayed);
    assertTrue(tip.getText().startsWith("dan"), tip.getText());
    screenshot("hover-dan-als");
  }

  @Test
  void anUploadedPdfGivesTheSheet() throws Exception {
    Path pdf = work.resolve("article.pdf");
    Process brief = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("nlbrief.jar"), "brief", "--no-check", "--format", "pdf", Seeds.seed(Seeds.MINISTERS).toString(),
        "-o", pdf.toString()).redirectErrorStream(true).redirectOutput(work.resolve("brief.txt").toFile()).start();
    assertTrue(brief.waitFor(150, TimeUnit.SECONDS) && brief.exitValue() == 0, Files.readString(work.resolve("brief.txt")));
    browser.get(server.base + "/");
    File file = pdf.toFile();
    browser.findElement(By.id("file")).sendKeys(file.getAbsolutePath());
    browser.findElement(By.id("go")).click();
    until(() -> browser.findElement(By.id("status")).getText().startsWith("Done"));
    String sheet = sheetHtml();
    assertTrue(sheet.contains("<html") && sheet.length() > 2000, sheet);
    assertTrue(!browser.findElement(By.id("proofreading")).isDisplayed());
    screenshot("upload-pdf-sheet");
  }
}
