package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.admin.access.Role;
import ma.hadana.admin.inbox.Handovers;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.privacy.SenderKeys;
import ma.hadana.bot.referral.NewReferral;
import ma.hadana.bot.referral.Referrals;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A social worker in headless Chromium opens the inbox, replies, and the reply is queued. */
class InboxBrowserTest extends ConsoleInBrowser {

  private static final String EMAIL = "salma.worker@hadana.test";

  @Autowired JdbcClient jdbc;
  @Autowired Referrals referrals;
  @Autowired SenderKeys keys;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;

  @Test
  void aSocialWorkerRepliesFromTheInboxAndTheReplyIsQueuedForTheFamily() {
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    long id = Handovers.aminaAskedForAPerson(jdbc);
    signInAs(EMAIL, Role.SOCIAL_WORKER);

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
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    long amina = Handovers.aminaAskedForAPerson(jdbc);
    long youssef = Handovers.youssefReportedAnObstacle(jdbc);
    signInAs(EMAIL, Role.SOCIAL_WORKER);

    open("/inbox?lang=en");
    clickThenWaitFor(By.cssSelector("tr[data-id='" + youssef + "'] a.button"),
        "/inbox/" + youssef);
    clickThenWaitFor(By.id("take"), "?taken");
    assertThat(browser.findElement(By.id("inbox-state")).getText()).contains("Taken over");

    open("/inbox");
    clickThenWaitFor(By.id("view-mine"), "view=mine");
    assertThat(browser.findElement(By.id("view-mine")).getAttribute("aria-current"))
        .isEqualTo("page");
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + youssef + "']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + amina + "']"))).isEmpty();

    clickThenWaitFor(By.cssSelector("tr[data-id='" + youssef + "'] a.button"),
        "/inbox/" + youssef);
    clickThenWaitFor(By.id("close"), "?closed");
    clickThenWaitFor(By.id("view-closed"), "view=closed");
    WebElement closed = browser.findElement(By.cssSelector("tr[data-id='" + youssef + "']"));
    assertThat(closed.getText()).contains(EMAIL, "Obstacle reported", "Telegram");
    assertThat(browser.findElements(By.cssSelector("tr[data-id='" + amina + "']"))).isEmpty();
    closed.findElement(By.cssSelector("a.button")).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("/inbox/" + youssef));

    assertThat(browser.findElement(By.id("inbox-read-only")).getText())
        .contains("by " + EMAIL + ": read only");
    assertThat(browser.findElement(By.id("inbox-thread")).getText())
        .contains("ma 3tawnich blassa 7it ma3ndich lwra9");
    assertThat(browser.findElements(By.id("reply-text"))).isEmpty();
    assertThat(browser.findElements(By.id("take"))).isEmpty();
    assertThat(browser.findElements(By.id("close"))).isEmpty();
  }

  @Test
  void aReplyFromTheInboxShowsOnTheFamilysReferralAsContacted() {
    signInAs(EMAIL, Role.SOCIAL_WORKER); // first: the referral below names this worker
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    long salma = jdbc.sql("SELECT id FROM console_user WHERE email = ?").params(EMAIL)
        .query(Long.class).single();
    long referral = referrals.create(new NewReferral(Creches.MAARIF_PETITS_ANGES.id(), salma,
        Channel.SMS, "+212600000091", ReplyVariant.FR, 30, Set.of(), null)).id();
    long handover = jdbc.sql("INSERT INTO handover (channel, sender_key, address, language,"
            + " reason, state, opened_at, last_message_at) VALUES ('sms', ?, '+212600000091',"
            + " 'fr', 'human', 'handed_over', now(), now()) RETURNING id")
        .params(keys.keyOf("sms", "+212600000091")).query(Long.class).single();

    open("/referrals/" + referral);
    assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualTo("Envoyée");
    open("/inbox/" + handover);
    browser.findElement(By.id("reply-text")).sendKeys("Bonjour, ici Salma. Avez-vous vu la crèche ?");
    browser.findElement(By.id("reply-send")).click();
    assertThat(browser.findElement(By.id("inbox-sent")).isDisplayed()).isTrue();

    open("/referrals/" + referral);
    assertThat(browser.findElement(By.id("referral-status")).getText())
        .isEqualTo("Famille en contact");
    List<WebElement> last = browser.findElements(By.cssSelector("table.history tbody tr"))
        .get(1).findElements(By.tagName("td"));
    assertThat(last.get(1).getText()).isEqualTo(EMAIL);
    assertThat(last.get(2).getText()).isEqualTo("Famille en contact");
  }

  /** Clicks and waits until the page that follows is the one whose address contains this. */
  private void clickThenWaitFor(By target, String address) {
    browser.findElement(target).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains(address));
  }
}
