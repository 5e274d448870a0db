package org.bglab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.bglab.files.AtomicWrite;
import org.bglab.quiz.QuestionBank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The classroom page in a real browser: Debian's headless Chromium, driven by Selenium through
 * {@code /usr/bin/chromedriver}, so nothing is fetched from the network. It opens the page, runs a
 * switch of 1,000 users, waits until the counter shows 1,000 entries written, runs the growth
 * sweep and saves screenshots ({@code target/classroom/}): the Switch view is taken after the run
 * is played again at 1x and paused while the users are mixed. With
 * {@code -Dbglab.screenshot=results/classroom/switch.png} it also saves the Switch view there
 * (a path relative to the repository). Skipped, saying how to install them, where Chromium or
 * its driver is missing.
 */
class ClassroomBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static ClassroomServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      System.out.println("ClassroomBrowserTest skipped: Chromium is missing. Install it with"
          + " `apt-get install -y --no-install-recommends chromium chromium-driver` (Debian).");
    }
    Assumptions.assumeTrue(present, "Chromium is missing: install it with"
        + " `apt-get install -y --no-install-recommends chromium chromium-driver` (Debian)");
    server = ClassroomServer.start("127.0.0.1", 0, new StrategyCatalogue(List.of(), List.of()),
        QuestionBank.load(List.of()), new PrintWriter(new StringWriter(), true));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--no-proxy-server",
        "--disable-dev-shm-usage", "--window-size=1280,720", "--force-device-scale-factor=1");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
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

  @Test
  void aSwitchOfAThousandUsersThenTheGrowthSweep() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(page -> page.findElements(By.cssSelector("#strategy option")).size() == 5);
    // a measurement for the record, never asserted: how long the page took, and its bytes
    Object timing = browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
        + " const r = performance.getEntriesByType('resource');"
        + " return 'loaded in ' + Math.round(n.loadEventEnd - n.startTime) + ' ms, '"
        + " + (n.decodedBodySize + r.reduce((s, e) => s + e.decodedBodySize, 0)) + ' bytes in '"
        + " + (1 + r.length) + ' requests';");
    System.out.println("ClassroomBrowserTest: the page " + timing);
    WebElement users = browser.findElement(By.id("users"));
    users.clear();
    users.sendKeys("1000");
    new Select(browser.findElement(By.id("speed"))).selectByValue("1000");
    browser.findElement(By.id("run")).click();
    wait.until(page -> page.findElement(By.id("c-entries")).getText().equals("1,000"));
    assertEquals("1,000", browser.findElement(By.id("c-green-users")).getText());
    wait.until(page -> page.findElement(By.id("switch-status")).getText()
        .startsWith("Run complete"));
    assertTrue(browser.findElement(By.id("report")).getAttribute("textContent")
        .contains("\"entriesWritten\": 1000"),
        "the final report is simulate's JSON");
    assertTrue(browser.findElement(By.id("events")).getText().contains("switch done"));
    // the picture: the same run played again at real speed, paused while users are mixed
    new Select(browser.findElement(By.id("speed"))).selectByValue("1");
    browser.findElement(By.id("play")).click();
    new WebDriverWait(browser, PATIENCE, Duration.ofMillis(20)).until(page -> {
      long onGreen = Long.parseLong(page.findElement(By.id("c-green-users")).getText()
          .replace(",", ""));
      return onGreen >= 400 && onGreen < 1000;
    });
    browser.findElement(By.id("play")).click();
    assertEquals("Play", browser.findElement(By.id("play")).getText(), "paused");
    screenshot("switch.png");
    String wanted = System.getProperty("bglab.screenshot", "");
    if (!wanted.isBlank()) {
      // written as bglab writes every file: atomically, readable by everyone
      AtomicWrite.write(repositoryPath(wanted),
          Files.readAllBytes(Path.of("target/classroom/switch.png")));
    }

    browser.findElement(By.id("tab-growth")).click();
    WebElement to = browser.findElement(By.id("growth-to"));
    to.clear();
    to.sendKeys("1e5");
    browser.findElement(By.id("growth-run")).click();
    wait.until(page -> page.findElement(By.id("growth-status")).getText()
        .startsWith("Sweep complete"));
    String legend = browser.findElement(By.id("growth-legend")).getText();
    assertTrue(legend.contains("per-user — O(n)") && legend.contains("pointer-swap — O(1)"),
        "each series with its fitted class: " + legend);
    assertTrue(browser.findElements(By.cssSelector("#growth-chart path")).size() > 20,
        "the points are drawn");
    screenshot("growth.png");
  }

  private static void screenshot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "classroom", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** {@code path} relative to the repository (the module's parent), when it is not absolute. */
  private static Path repositoryPath(String path) {
    Path given = Path.of(path);
    if (given.isAbsolute()) {
      return given;
    }
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("../pom.xml")) && Files.exists(here.resolve("pom.xml"))
        && !Files.isDirectory(here.resolve("lessons")) ? here.getParent() : here;
    return root.resolve(given).normalize();
  }
}
