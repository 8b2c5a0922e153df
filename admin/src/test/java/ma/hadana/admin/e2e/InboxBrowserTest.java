package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import ma.hadana.admin.inbox.Handovers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A social worker in headless Chromium opens the inbox, replies, and the reply is queued. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxBrowserTest {

  private static final String EMAIL = "salma.worker@hadana.test";
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

  @Test
  void aSocialWorkerRepliesFromTheInboxAndTheReplyIsQueuedForTheFamily() {
    users.upsert(EMAIL, encoder.encode(PASSWORD), Role.SOCIAL_WORKER);
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    long id = Handovers.aminaAskedForAPerson(jdbc);
    Browsers.signIn(browser, "http://localhost:" + port, EMAIL, PASSWORD);

    browser.findElement(By.id("nav-inbox")).click();
    assertThat(browser.findElement(By.id("nav-inbox")).getText()).endsWith("(1)");
    browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a.button")).click();
    assertThat(browser.findElement(By.id("inbox-thread")).getText())
        .contains("jcherche creche pr ma fille 2ans vers sidi moumen");
    browser.findElement(By.id("reply-text"))
        .sendKeys("Bonjour Amina, ici Salma de l'association. Je vous appelle demain.");
    assertThat(browser.findElement(By.id("sms-counter")).getText()).contains("1 SMS");
    browser.findElement(By.id("reply-send")).click();

    assertThat(browser.findElement(By.id("inbox-sent")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("inbox-thread")).getText())
        .contains("Bonjour Amina, ici Salma de l'association.");
    Map<String, Object> row = jdbc.sql("SELECT channel, address, payload->>'text' AS text"
        + " FROM outbox").query().singleRow();
    assertThat(row).containsEntry("channel", "sms").containsEntry("address", "+212600000042")
        .containsEntry("text", "Bonjour Amina, ici Salma de l'association. Je vous appelle demain.");
  }

  @Test
  void aSocialWorkerFindsHerConversationsUnderMineAndReadsThemOnceClosed() {
    users.upsert(EMAIL, encoder.encode(PASSWORD), Role.SOCIAL_WORKER);
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    long amina = Handovers.aminaAskedForAPerson(jdbc);
    long youssef = Handovers.youssefReportedAnObstacle(jdbc);
    browser.manage().deleteAllCookies();
    Browsers.signIn(browser, "http://localhost:" + port, EMAIL, PASSWORD);

    open("/inbox?lang=en");
    browser.findElement(By.cssSelector("tr[data-id='" + youssef + "'] a.button")).click();
    browser.findElement(By.id("take")).click();
    assertThat(browser.findElement(By.id("inbox-state")).getText()).contains("Taken over");

    open("/inbox");
    browser.findElement(By.id("view-mine")).click();
    assertThat(browser.findElement(By.id("view-mine")).getAttribute("aria-current"))
        .isEqualTo("page");
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + youssef + "']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + amina + "']"))).isEmpty();

    browser.findElement(By.cssSelector("tr[data-id='" + youssef + "'] a.button")).click();
    browser.findElement(By.id("close")).click();
    browser.findElement(By.id("view-closed")).click();
    WebElement closed = browser.findElement(By.cssSelector("tr[data-id='" + youssef + "']"));
    assertThat(closed.getText()).contains(EMAIL, "Obstacle reported", "Telegram");
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + amina + "']"))).isEmpty();
    closed.findElement(By.cssSelector("a.button")).click();

    assertThat(browser.findElement(By.id("inbox-read-only")).getText())
        .contains("by " + EMAIL + ": read only");
    assertThat(browser.findElement(By.id("inbox-thread")).getText())
        .contains("ma 3tawnich blassa 7it ma3ndich lwra9");
    assertThat(browser.findElements(By.id("reply-text"))).isEmpty();
    assertThat(browser.findElements(By.id("take"))).isEmpty();
    assertThat(browser.findElements(By.id("close"))).isEmpty();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
