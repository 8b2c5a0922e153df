package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.hadana.admin.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor in headless Chromium reads the dashboard in the console's language. */
class DashboardBrowserTest extends ConsoleInBrowser {

  private static final String EMAIL = "nadia.editor@hadana.test";

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void signIn() {
    signInAs(EMAIL, Role.EDITOR);
  }

  private void event(String kind, String channel, String language, String obstacle) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, language,"
            + " results_count, obstacle_category) VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), kind, channel, language,
            kind.equals("search") ? 1 : null, obstacle)
        .update();
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

  /** The figures of a region's row in the searches-by-region table; zeros when it has none. */
  private List<Long> regionRow(String region) {
    for (WebElement tr : browser.findElements(By.cssSelector("table#search-regions tbody tr"))) {
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      if (cells.get(0).getText().equals(region)) {
        return cells.stream().skip(1).map(c -> Long.parseLong(c.getText())).toList();
      }
    }
    return List.of(0L, 0L, 0L, 0L, 0L);
  }

  private void searchAt(String placeId, String commune, int results, Integer nearest,
      Boolean full) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, place_id, commune,"
            + " results_count, nearest_meters, nearest_full) VALUES (now(), 'search', 'sms', ?,"
            + " ?, ?, ?, ?)")
        .params(placeId, commune, results, nearest, full)
        .update();
  }

  @Test
  void searchesByRegionShowWhereDemandFindsNoCreche() {
    open("/dashboard?lang=ar&weeks=1");
    List<Long> souss = regionRow("Souss-Massa");
    List<Long> unknown = regionRow("جهة غير معروفة");
    searchAt("com:COM_0014", null, 0, null, null);
    searchAt("com:COM_0014", null, 1, 12_000, false);
    searchAt("com:COM_0014", null, 2, 600, true);
    searchAt("com:COM_0014", null, 2, 600, false);
    searchAt(null, "Nowhere Known", 0, null, null);

    open("/dashboard?lang=ar&weeks=1");
    assertThat(browser.findElement(By.cssSelector("h2 + p + p.csv a#search-regions-csv"))
        .getAttribute("href")).endsWith("/dashboard/search-regions.csv?weeks=1");
    List<Long> soussAfter = regionRow("Souss-Massa");
    List<Long> unknownAfter = regionRow("جهة غير معروفة");
    List<Long> expected = List.of(4L, 1L, 1L, 1L, 3L);
    for (int i = 0; i < 5; i++) {
      assertThat(soussAfter.get(i) - souss.get(i)).as("Souss-Massa column " + i)
          .isEqualTo(expected.get(i));
    }
    assertThat(unknownAfter.get(0) - unknown.get(0)).isEqualTo(1);
    assertThat(unknownAfter.get(4) - unknown.get(4)).isEqualTo(1);
  }

  @Test
  void anInvalidPeriodIsNamedOnThePageAndAValidOneClearsTheNotice() {
    open("/dashboard?lang=fr&weeks=abc");
    WebElement notice = browser.findElement(By.id("weeks-invalid"));
    assertThat(notice.isDisplayed()).isTrue();
    assertThat(notice.getText()).isEqualTo("« abc » n'est pas une période valide : indiquez un"
        + " nombre entier de semaines de 1 à 104. Affichage des 12 dernières semaines.");
    WebElement weeks = browser.findElement(By.id("weeks"));
    assertThat(weeks.getAttribute("value")).isEqualTo("12");

    open("/dashboard?lang=en&weeks=100000");
    assertThat(browser.findElement(By.id("weeks-invalid")).getText())
        .contains("\"100000\" is not a valid period", "Showing the last 12 weeks.");

    weeks = browser.findElement(By.id("weeks"));
    weeks.clear();
    weeks.sendKeys("26");
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("weeks=26"));
    assertThat(browser.findElements(By.id("weeks-invalid"))).isEmpty();
    assertThat(browser.findElement(By.id("weeks")).getAttribute("value")).isEqualTo("26");
  }
}
