package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import ma.hadana.admin.access.Role;
import ma.hadana.registry.creche.CrecheFields;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.SearchFilters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The console in headless Debian Chromium: sign in, edit, import with errors, Arabic. */
class ConsoleBrowserTest extends ConsoleInBrowser {

  private static final String EMAIL = "amal.editor@hadana.test";

  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @BeforeEach
  void signIn() {
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    signInAs(EMAIL, Role.ADMIN);
  }

  @Test
  void anEditShowsOnTheListingPageAndReachesTheSearchIndex() throws Exception {
    open("/listings/CR-90001/edit");
    WebElement name = browser.findElement(By.name("name"));
    name.clear();
    name.sendKeys("Crèche Les Petits Anges du Maârif");
    browser.findElement(By.cssSelector("form.listing button[type=submit]")).click();
    new WebDriverWait(browser, Browsers.PAGE_WAIT)
        .until(ExpectedConditions.urlContains("saved"));
    assertThat(browser.findElement(By.id("listing-name")).getText())
        .isEqualTo("Crèche Les Petits Anges du Maârif");
    assertThat(browser.findElement(By.cssSelector("table.history")).getText())
        .contains(EMAIL);
    GeoPoint at = new GeoPoint(Creches.MAARIF_PETITS_ANGES.lat(), Creches.MAARIF_PETITS_ANGES.lon());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // a limit, not an expectation
    String found = null;
    while (System.nanoTime() < deadline) {
      if (search.loaded()) {
        found = search.nearby(at, 1, SearchFilters.NONE).hits().get(0).creche().name();
        if (found.endsWith("du Maârif")) {
          break;
        }
      }
      Thread.sleep(50);
    }
    assertThat(found).isEqualTo("Crèche Les Petits Anges du Maârif");
  }

  @Test
  void anImportWithErrorsShowsEveryErrorWithItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("registry.csv");
    String header = String.join(",", CrecheFields.NAMES);
    String good = String.join(",", CrecheFields.values(Creches.SALE_AL_AMAL).values().stream()
        .map(v -> v == null ? "" : v.contains(",") ? '"' + v + '"' : v).toList());
    Files.writeString(file, header + "\r\n" + good + "\r\n"
        + good.replace("CR-90002", "CR-90009").replace("34.0389", "3.4") + "\r\n");
    open("/imports");
    browser.findElement(By.name("file")).sendKeys(file.toString());
    browser.findElement(By.cssSelector("form.stack button")).click();
    List<WebElement> errors = browser.findElements(By.cssSelector("#import-errors li"));
    assertThat(errors).extracting(WebElement::getText)
        .anyMatch(e -> e.startsWith("ligne 3, colonne lat : hors du Maroc"));
    assertThat(browser.findElements(By.id("apply"))).isEmpty();
  }

  @Test
  void arabicTurnsThePageRightToLeft() {
    open("/listings?lang=ar");
    WebElement html = browser.findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    assertThat(html.getAttribute("lang")).isEqualTo("ar");
    open("/listings");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    open("/listings?lang=fr");
  }
}
