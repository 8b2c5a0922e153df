package ma.hadana.admin.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium with a fresh profile, as the browser tests drive it. */
final class Browsers {

  /** How long a test waits for a page to load after a click: a limit, not an expectation. */
  static final Duration PAGE_WAIT = Duration.ofSeconds(30);

  private Browsers() {}

  static WebDriver chromium() throws IOException {
    Path profile = Files.createTempDirectory("hadana-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return browser;
  }

  /** Signs in through /login (French) on the console at {@code base} and waits for /listings. */
  static void signIn(WebDriver browser, String base, String email, String password) {
    browser.get(base + "/login?lang=fr");
    browser.findElement(By.name("username")).sendKeys(email);
    browser.findElement(By.name("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form.stack button")).click();
    new WebDriverWait(browser, PAGE_WAIT)
        .until(ExpectedConditions.urlMatches(".*/listings$"));
  }
}
