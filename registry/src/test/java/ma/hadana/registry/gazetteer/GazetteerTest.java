package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private final Gazetteer gazetteer = Shipped.GAZETTEER;

  @Test
  void loadsEveryRowWithTheCountsPerKindOfTheCsv() {
    List<Map<String, String>> rows = Csv.read(Gazetteer.RESOURCE);
    assertThat(gazetteer.size()).isEqualTo(rows.size()).isEqualTo(5_882);
    assertThat(gazetteer.countsByKind())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                PlaceKind.REGION, 12,
                PlaceKind.PROVINCE, 62,
                PlaceKind.PREFECTURE, 13,
                PlaceKind.COMMUNE, 968,
                PlaceKind.CITY, 99,
                PlaceKind.ARRONDISSEMENT, 41,
                PlaceKind.NEIGHBOURHOOD, 4_687));
  }

  @Test
  void keepsTheIdsAndOrderOfTheCsv() {
    List<Map<String, String>> rows = Csv.read(Gazetteer.RESOURCE);
    assertThat(gazetteer.all()).extracting(Place::id)
        .containsExactlyElementsOf(rows.stream().map(r -> r.get("id")).toList());
  }

  @Test
  void leavesTheTwentySevenRowsWithoutCoordinatesWithoutAPoint() {
    List<Place> none = gazetteer.all().stream().filter(p -> p.point() == null).toList();
    assertThat(none).hasSize(27).allMatch(p -> p.coordPrecision() == CoordPrecision.NONE);
    assertThat(gazetteer.byId("com:COM_0768")).get().extracting(Place::point).isNull();
  }

  @Test
  void readsEveryColumnOfARow() {
    Place valFleuri = gazetteer.byId("nb:06.141.01.03:val-fleuri").orElseThrow();
    assertThat(valFleuri.kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD);
    assertThat(valFleuri.name()).isEqualTo("Val Fleuri");
    assertThat(valFleuri.nameAr()).isEqualTo("ڤال فلوري");
    assertThat(valFleuri.coordPrecision()).isEqualTo(CoordPrecision.ARRONDISSEMENT_CENTROID);
    assertThat(valFleuri.city()).isEqualTo("Casablanca");
    assertThat(valFleuri.provinceCode()).isEqualTo("06.141");
    assertThat(valFleuri.parentId()).isEqualTo("arr:06.141.01.03");

    Place casablanca = gazetteer.byId("com:COM_0231").orElseThrow();
    assertThat(casablanca.population()).isEqualTo(3_144_909L);
    assertThat(casablanca.altNames()).contains("Dar-el-Beida");
    assertThat(casablanca.point().lat()).isEqualTo(33.58831);
  }

  @ParameterizedTest
  @CsvSource({
    "nb:06.141.01.03:val-fleuri, arr:06.141.01.03 com:COM_0231 prov:06.141 reg:06",
    "arr:01.511.01.07, com:01.511.01.0 prov:01.511 reg:01",
    "com:COM_0610, prov:04.421 reg:04",
    "reg:06, ''",
  })
  void walksTheParentChainUpToTheRegion(String id, String chain) {
    Place p = gazetteer.byId(id).orElseThrow();
    assertThat(gazetteer.ancestors(p)).extracting(Place::id)
        .containsExactly(chain.isEmpty() ? new String[0] : chain.split(" "));
  }

  @Test
  void listsChildrenAndFindsTheEnclosingPlaceOfAKind() {
    assertThat(gazetteer.children("com:COM_0231"))
        .filteredOn(p -> p.kind() == PlaceKind.ARRONDISSEMENT)
        .hasSize(16);
    Place gauthier = gazetteer.byId("nb:06.141.01.07:gauthier").orElseThrow();
    assertThat(gazetteer.enclosing(gauthier, PlaceKind.COMMUNE)).get()
        .extracting(Place::id).isEqualTo("com:COM_0231");
    assertThat(gazetteer.parent(gauthier)).get().extracting(Place::name).isEqualTo("Sidi Belyout");
    assertThat(gazetteer.byId("nope")).isEmpty();
  }

  @Test
  void everyParentIdNamesALoadedPlace() {
    assertThat(gazetteer.all())
        .filteredOn(p -> p.parentId() != null)
        .allMatch(p -> gazetteer.parent(p).isPresent());
  }
}
