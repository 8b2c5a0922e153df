package ma.hadana.registry.search;

import static ma.hadana.registry.search.CrecheBuilder.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CrecheIndexTest {

  private static final GeoPoint HERE = new GeoPoint(DemoCreches.MAARIF_LAT, DemoCreches.MAARIF_LON);

  /** A position {@code meters} due north of {@link #HERE}. */
  private static double north(double meters) {
    return HERE.lat() + Math.toDegrees(meters / GeoPoint.EARTH_RADIUS_M);
  }

  private static final CrecheIndex RINGS =
      CrecheIndex.of(
          List.of(
              listing("A-1km", north(1_000), HERE.lon()).build(),
              listing("B-3km", north(3_000), HERE.lon()).build(),
              listing("C-8km", north(8_000), HERE.lon()).build(),
              listing("D-20km", north(20_000), HERE.lon()).build(),
              listing("E-30km", north(30_000), HERE.lon()).build()));

  @ParameterizedTest
  @CsvSource({
    "1, 2000, A-1km",
    "2, 5000, A-1km B-3km",
    "3, 10000, A-1km B-3km C-8km",
    "4, 25000, A-1km B-3km C-8km D-20km",
    "5, 25000, A-1km B-3km C-8km D-20km",
  })
  void widensTheRadiusUntilLimitListingsAreFoundButNeverBeyond25Km(
      int limit, int radius, String ids) {
    NearbyResult result = RINGS.nearby(HERE, limit, SearchFilters.NONE);
    assertThat(result.radiusMeters()).isEqualTo(radius);
    assertThat(ids(result)).containsExactly(ids.split(" "));
  }

  @Test
  void reportsExactGreatCircleDistances() {
    NearbyResult result = RINGS.nearby(HERE, 3, SearchFilters.NONE);
    for (NearbyHit hit : result.hits()) {
      Creche c = hit.creche();
      assertThat(hit.distanceMeters())
          .isEqualTo(HERE.distanceMeters(new GeoPoint(c.lat(), c.lon())));
    }
    assertThat(result.hits().get(1).distanceMeters()).isCloseTo(3_000, Offset.offset(0.01));
  }

  @Test
  void answersWith25KmAndNoHitWhenNothingIsNear() {
    NearbyResult result = RINGS.nearby(new GeoPoint(30.42, -9.6), 5, SearchFilters.NONE);
    assertThat(result.radiusMeters()).isEqualTo(25_000);
    assertThat(result.hits()).isEmpty();
    assertThat(CrecheIndex.empty().nearby(HERE, 5, SearchFilters.NONE).hits()).isEmpty();
  }

  @Test
  void leavesOutListingsThatAreNotActive() {
    CrecheIndex index =
        CrecheIndex.of(
            List.of(
                listing("OPEN", north(500), HERE.lon()).build(),
                listing("SHUT", north(100), HERE.lon()).status(CrecheStatus.CLOSED).build(),
                listing("WORKS", north(200), HERE.lon())
                    .status(CrecheStatus.TEMPORARILY_CLOSED)
                    .build()));
    assertThat(ids(index.nearby(HERE, 5, SearchFilters.NONE))).containsExactly("OPEN");
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.listing("SHUT")).isEmpty();
  }

  @Test
  void ordersListingsAtTheSameDistanceById() {
    CrecheIndex index =
        CrecheIndex.of(
            Stream.of("T-3", "T-1", "T-2", "T-0")
                .map(id -> listing(id, north(700), HERE.lon()).build())
                .toList());
    assertThat(ids(index.nearby(HERE, 3, SearchFilters.NONE))).containsExactly("T-0", "T-1", "T-2");
  }

  /** One listing per trait, all for ages 3–48 months unless the trait is the age. */
  private static final CrecheIndex ONE_OF_EACH =
      CrecheIndex.of(
          List.of(
              kid("PLAIN", 100).build(),
              kid("FREE", 200).fee(0).build(),
              kid("PUBLIC", 300).type(CrecheType.PUBLIC).build(),
              kid("UNDOC", 400).undocumented(Undocumented.YES).build(),
              kid("SATURDAY", 500).hours("Mo-Fr 07:30-19:00; Sa 08:00-13:00").build(),
              kid("FULL", 600).ages(3, 6).places(0).build(),
              kid("BAD-HOURS", 700).hours("Lu-Ve 8h-12h").build(),
              kid("OLDER", 800).ages(36, 72).build()));

  private static CrecheBuilder kid(String id, double metersNorth) {
    return listing(id, north(metersNorth), HERE.lon()).ages(3, 48);
  }

  static Stream<Arguments> filters() {
    SearchFilters none = SearchFilters.NONE;
    return Stream.of(
        Arguments.of(none.withAgeMonths(12), "PLAIN FREE PUBLIC UNDOC SATURDAY BAD-HOURS"),
        Arguments.of(none.withAgeMonths(48), "PLAIN FREE PUBLIC UNDOC SATURDAY BAD-HOURS OLDER"),
        Arguments.of(none.withFree(true), "FREE"),
        Arguments.of(none.withPublicOnly(true), "PUBLIC"),
        Arguments.of(none.withUndocumented(true), "UNDOC"),
        Arguments.of(
            none.withPlacesAvailable(true), "PLAIN FREE PUBLIC UNDOC SATURDAY BAD-HOURS OLDER"),
        Arguments.of(none.withOpenSaturday(true), "SATURDAY"),
        Arguments.of(none.withOpenAt(DayOfWeek.MONDAY, LocalTime.of(18, 30)), "SATURDAY"),
        Arguments.of(none.withOpenAt(DayOfWeek.SATURDAY, LocalTime.of(9, 0)), "SATURDAY"),
        Arguments.of(
            none.withOpenAt(DayOfWeek.TUESDAY, LocalTime.of(9, 0)),
            "PLAIN FREE PUBLIC UNDOC SATURDAY FULL OLDER"),
        Arguments.of(none.withFree(true).withPublicOnly(true), ""));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void eachFilterKeepsOnlyTheListingsThatPassIt(SearchFilters filters, String expected) {
    List<String> ids = ids(ONE_OF_EACH.nearby(HERE, 50, filters));
    assertThat(ids)
        .containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
  }

  @Test
  void appliesChangesAddingMovingAndDroppingListings() {
    CrecheIndex before =
        CrecheIndex.of(
            List.of(
                listing("STAYS", north(1_000), HERE.lon()).build(),
                listing("MOVES", north(1_500), HERE.lon()).build(),
                listing("CLOSES", north(500), HERE.lon()).build(),
                listing("DELETED", north(600), HERE.lon()).build()));
    CrecheIndex after =
        before.withChanges(
            List.of("MOVES", "CLOSES", "DELETED", "NEW"),
            List.of(
                listing("MOVES", north(100), HERE.lon()).build(),
                listing("CLOSES", north(500), HERE.lon()).status(CrecheStatus.CLOSED).build(),
                listing("NEW", north(300), HERE.lon()).build()));
    assertThat(ids(after.nearby(HERE, 10, SearchFilters.NONE)))
        .containsExactly("MOVES", "NEW", "STAYS");
    assertThat(ids(before.nearby(HERE, 10, SearchFilters.NONE)))
        .containsExactly("CLOSES", "DELETED", "STAYS", "MOVES");
  }

  @Test
  void refusesALimitBelowOneAndImpossibleFilters() {
    assertThatThrownBy(() -> RINGS.nearby(HERE, 0, SearchFilters.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchFilters.NONE.withAgeMonths(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchFilters.NONE.withOpenAt(DayOfWeek.MONDAY, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> ids(NearbyResult result) {
    return result.hits().stream().map(h -> h.creche().id()).toList();
  }
}
