package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceIndexTest {

  private final PlaceIndex index = Shipped.INDEX;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Hay El Manar, nb:02.411.01.23:hay-el-manar",
    "حي المنار, nb:02.411.01.23:hay-el-manar",
    "7ay lmanar, ''",
    "sidi moumen, arr:06.141.01.53",
    "سيدي مومن, arr:06.141.01.53",
    "Bni Makada, arr:01.511.01.03",
    "Beni Makada, arr:01.511.01.03",
    "casa, com:COM_0231",
    "كازا, com:COM_0231",
    "wejda, com:COM_0551",
    "knitra, com:COM_0411",
    "tanja, com:01.511.01.0",
    "mdiq, com:01.573.01.05",
    "ainchok, arr:06.141.01.41",
    "سانية الرمل, nb:01.571.01.11:saniat-rmel",
  })
  void findsPlacesByAnySpelling(String text, String id) {
    List<String> ids = index.lookup(text).stream().map(n -> n.place().id()).toList();
    if (id.isEmpty()) {
      assertThat(ids).isEmpty();
    } else {
      assertThat(ids).contains(id);
    }
  }

  @Test
  void prefersAPlacesOwnNameToItsAlternativeNames() {
    IndexedName khenifra =
        index.lookup("Khenifra").stream()
            .filter(n -> n.place().id().equals("com:COM_0411"))
            .findFirst()
            .orElseThrow();
    assertThat(khenifra.source()).isEqualTo(NameSource.ALT_NAME); // GeoNames noise on Kénitra
    assertThat(index.lookup("Kénitra").get(0).source().primary()).isTrue();
  }

  @ParameterizedTest(name = "{0} ~ {1} ({2})")
  @CsvSource({"mumen, mumen, 0", "muman, mumen, 1", "marief, marif, 1", "bukhalf, bukhalef, 1"})
  void correctsTyposWithinTheBudget(String typed, String word, int edits) {
    assertThat(index.corrections(typed)).contains(new PlaceIndex.Correction(word, edits));
  }

  @Test
  void neverCorrectsShortWords() {
    assertThat(index.corrections("sidy")).isEmpty();
    assertThat(index.corrections("zzzzzzzzzzz")).isEmpty();
  }

  @Test
  void everyAliasNamesAKnownPlaceOnce() {
    List<Map<String, String>> rows = Csv.read(PlaceIndex.ALIASES);
    Set<String> seen = new HashSet<>();
    for (Map<String, String> row : rows) {
      assertThat(Shipped.GAZETTEER.byId(row.get("place_id"))).as(row.toString()).isPresent();
      assertThat(seen.add(row.get("place_id") + "|" + row.get("alias"))).as(row.toString()).isTrue();
      assertThat(row.get("lang")).isIn("fr", "en", "es", "ar", "ary-Latn", "ary-Arab");
      assertThat(row.get("alias")).isNotBlank();
    }
    assertThat(index.aliasCount()).isEqualTo(rows.size()).isGreaterThan(400);
  }

  @Test
  void refusesAnAliasOfAnUnknownPlace() {
    List<Map<String, String>> alias = List.of(Map.of("place_id", "nb:nowhere", "alias", "x"));
    assertThatThrownBy(() -> new PlaceIndex(Shipped.GAZETTEER, alias))
        .hasMessageContaining("nb:nowhere");
  }
}
