package ma.hadana.admin.e2e;

import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console on a random port and one headless Chromium per test class, started before its
 * tests and closed after them; a test signs in as the user it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ConsoleInBrowser {

  static final String PASSWORD = "a long enough password";

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired ConsoleUsers users;
  @Autowired PasswordEncoder encoder;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browsers.chromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  /** Creates or updates {@code email} with {@code role}, then signs in afresh (no old cookie). */
  void signInAs(String email, Role role) {
    users.upsert(email, encoder.encode(PASSWORD), role);
    browser.manage().deleteAllCookies();
    Browsers.signIn(browser, "http://localhost:" + port, email, PASSWORD);
  }

  /** Opens a console path. */
  void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
