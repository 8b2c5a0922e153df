package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ma.hadana.admin.access.Role;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.search.CrecheSearch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A social worker refers a family in headless Chromium; the bot's outbox holds the message. */
class ReferralBrowserTest extends ConsoleInBrowser {

  private static final String EMAIL = "nadia.sw@hadana.test";

  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;
  @Autowired JdbcClient jdbc;

  @Test
  void aSocialWorkerRefersAFamilyAndTheMessageWaitsInTheOutbox() {
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    search.refresh();
    signInAs(EMAIL, Role.SOCIAL_WORKER);

    browser.findElement(By.linkText("Orientations")).click();
    browser.findElement(By.id("new-referral")).click();
    browser.findElement(By.name("place")).sendKeys("Maarif");
    browser.findElement(By.name("age")).sendKeys("24");
    browser.findElement(By.cssSelector("#referral-search button")).click();
    browser.findElement(By.cssSelector("input[name=crecheId][value=CR-90001]")).click();
    browser.findElement(By.cssSelector("input[name=contact][value=whatsapp]")).click();
    browser.findElement(By.id("phone")).sendKeys("07 11 22 33 44");
    new Select(browser.findElement(By.id("language"))).selectByValue("ary-Latn");
    browser.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("created"));

    String code = browser.findElement(By.id("referral-code")).getText();
    long id = jdbc.sql("SELECT id FROM referral WHERE code = ?").param(code)
        .query(Long.class).single();
    Map<String, Object> message = jdbc.sql("SELECT channel, address, status, payload->>'text'"
            + " AS text FROM outbox WHERE idempotency_key = ?")
        .param("referral:" + id).query().singleRow();
    assertThat(message).containsEntry("channel", "whatsapp").containsEntry("address", "+212711223344")
        .containsEntry("status", "pending");
    assertThat((String) message.get("text")).startsWith("Hadana: l'assistant social dyalk")
        .contains("Crèche Les Petits Anges");
    assertThat(browser.findElement(By.id("referral-message")).getText())
        .isEqualTo("En attente d'envoi");
  }

  @Test
  void theReferLinkOnAListingOpensTheFormWithThatCrecheChosen() {
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    signInAs(EMAIL, Role.SOCIAL_WORKER);

    open("/listings/CR-90001");
    WebElement refer = browser.findElement(By.id("refer-link"));
    assertThat(refer.getText()).isEqualTo("Orienter une famille vers cette crèche");
    refer.click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("/referrals/new?crecheId=CR-90001"));
    List<WebElement> choices = browser.findElements(By.cssSelector("input[name=crecheId]"));
    assertThat(choices).hasSize(1);
    assertThat(choices.get(0).getAttribute("value")).isEqualTo("CR-90001");
    assertThat(choices.get(0).isSelected()).isTrue();

    browser.findElement(By.cssSelector("input[name=contact][value=sms]")).click();
    browser.findElement(By.id("phone")).sendKeys("06 55 44 33 22");
    browser.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("created"));
    String code = browser.findElement(By.id("referral-code")).getText();
    assertThat(jdbc.sql("SELECT creche_id FROM referral WHERE code = ?").param(code)
        .query(String.class).single()).isEqualTo("CR-90001");
  }
}
