package ma.hadana.bot.api.creches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The read API end to end: the bot application on its embedded PostgreSQL with the demo rows. */
@SpringBootTest
@AutoConfigureMockMvc
class CrecheApiTest {

  private static final String MAARIF =
      "lat=" + DemoCreches.MAARIF_LAT + "&lon=" + DemoCreches.MAARIF_LON;
  private static final Map<String, Creche> DEMO =
      DemoCreches.all().stream().collect(Collectors.toMap(Creche::id, Function.identity()));

  @Autowired MockMvcTester mvc;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  @Test
  void aPointInMaarifGetsTheNearestMaarifListingsNearestFirst() {
    MvcTestResult result = mvc.get().uri("/api/v1/creches/nearby?" + MAARIF).exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.radiusMeters").isEqualTo(2000);
    assertThat(result).bodyJson().extractingPath("$.results[*].id").asArray()
        .containsExactly("CR-00160", "CR-00162", "CR-00155", "CR-00161", "CR-00214");
    assertThat(result).bodyJson().extractingPath("$.results[0:4].id").asArray()
        .allSatisfy(id -> assertThat(DEMO.get(id).arrondissement()).isEqualTo("Maârif"));
    assertThat(result).bodyJson().extractingPath("$.results[*].distanceMeters").asArray()
        .containsExactly(376, 680, 739, 975, 1003);
    assertThat(result).bodyJson().extractingPath("$.results[0]").asMap()
        .containsOnlyKeys("id", "name", "nameAr", "type", "lat", "lon", "distanceMeters",
            "ageMinMonths", "ageMaxMonths", "monthlyFeeMad", "placesAvailable", "phone", "address",
            "lastVerified")
        .containsEntry("name", "Jardin d'enfants Les Petites Mains")
        .containsEntry("type", "private");
  }

  @Test
  void filtersKeepOnlyListingsThatSuitTheFamily() {
    MvcTestResult result =
        mvc.get()
            .uri("/api/v1/creches/nearby?" + MAARIF
                + "&limit=10&ageMonths=24&free=true&undocumented=true")
            .exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.results[*].id").asArray()
        .isNotEmpty()
        .allSatisfy(id -> {
          Creche c = DEMO.get(id);
          assertThat(c.acceptsAge(24) && c.free()).as(c.id()).isTrue();
          assertThat(c.acceptsUndocumented().code()).as(c.id()).isEqualTo("yes");
        });
  }

  @Test
  void oneListingComesWithAllItsFields() {
    MvcTestResult result = mvc.get().uri("/api/v1/creches/CR-00001").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().isLenientlyEqualTo("""
        {"id": "CR-00001", "name": "Jardin d'enfants Les Oursons", "type": "public",
         "arrondissement": "Aïn-Chock", "ageMinMonths": 36, "ageMaxMonths": 72,
         "monthlyFeeMad": 0, "openingHours": "Mo-Fr 08:00-16:00; Sa 08:00-12:00",
         "languages": ["fr", "ar", "ary", "tzm"], "acceptsUndocumented": "yes",
         "documentsRequired": [], "lastVerified": "2025-09-04", "status": "active"}""");
  }

  @Test
  void anUnknownListingIsA404AndABadPointA400() {
    assertThat(mvc.get().uri("/api/v1/creches/CR-99999").exchange())
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson().extractingPath("$.error").isEqualTo("not_found");
    assertThat(mvc.get().uri("/api/v1/creches/nearby?lat=48.85&lon=2.35").exchange())
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson().extractingPath("$.parameter").isEqualTo("lat");
  }

  @Test
  void healthReportsTheLoadedIndex() {
    MvcTestResult result = mvc.get().uri("/actuator/health").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.components.crecheIndex.status").isEqualTo("UP");
    assertThat(result).bodyJson().extractingPath("$.components.crecheIndex.details.activeListings")
        .isEqualTo(1141);
  }
}
