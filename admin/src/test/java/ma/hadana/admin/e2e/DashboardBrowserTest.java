package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor in headless Chromium reads the dashboard in the console's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

  private static final String EMAIL = "nadia.editor@hadana.test";
  private static final String PASSWORD = "a long enough password";

  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired ConsoleUsers users;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browsers.chromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void signIn() {
    users.upsert(EMAIL, encoder.encode(PASSWORD), Role.EDITOR);
    browser.manage().deleteAllCookies();
    Browsers.signIn(browser, "http://localhost:" + port, EMAIL, PASSWORD);
  }

  private void event(String kind, String channel, String language, String obstacle) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, language,"
            + " results_count, obstacle_category) VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), kind, channel, language,
            kind.equals("search") ? 1 : null, obstacle)
        .update();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private List<String> firstColumn(String table) {
    return browser.findElements(By.cssSelector("table#" + table + " tbody tr td:first-child"))
        .stream().map(WebElement::getText).toList();
  }

  @Test
  void obstaclesLanguagesAndChannelsReadInTheConsoleLanguageNotAsCodes() {
    event("obstacle", "whatsapp", "ary", "documents");
    event("obstacle", "telegram", "ary-Latn", "cost");
    event("search", "sms", "fr", null);

    open("/dashboard?lang=ar");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(firstColumn("obstacles")).contains("الوثائق", "الثمن")
        .doesNotContain("documents", "cost");
    assertThat(firstColumn("obstacle-regions")).contains("الوثائق")
        .doesNotContain("documents");
    assertThat(firstColumn("languages"))
        .contains("الدارجة (حروف عربية)", "الدارجة (حروف لاتينية)", "الفرنسية")
        .doesNotContain("ary", "ary-Latn", "fr");
    assertThat(firstColumn("channels")).contains("واتساب", "تيليغرام", "رسالة قصيرة")
        .doesNotContain("whatsapp", "telegram", "sms");

    open("/dashboard?lang=fr");
    assertThat(firstColumn("obstacles")).contains("Papiers").doesNotContain("documents");
    assertThat(firstColumn("languages")).contains("Darija (lettres arabes)").doesNotContain("ary");
    assertThat(firstColumn("channels")).contains("WhatsApp", "SMS").doesNotContain("sms");
    assertThat(browser.findElement(By.cssSelector("#chart-obstacles")).getAttribute("innerHTML"))
        .contains("Papiers").doesNotContain("documents:");
  }
}
