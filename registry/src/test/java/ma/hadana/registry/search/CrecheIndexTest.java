package ma.hadana.registry.search;

import static ma.hadana.registry.search.CrecheBuilder.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
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
      assertThat(hit.distanceMeters()).isEqualTo(HERE.distanceMeters(new GeoPoint(c.lat(), c.lon())));
    }
    assertThat(result.hits().get(1).distanceMeters()).isCloseTo(3_000, org.assertj.core.data.Offset.offset(0.01));
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
                listing("WORKS", north(200), HERE.lon()).status(CrecheStatus.TEMPORARILY_CLOSED).build()));
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

  static Stream<Arguments> filters() {
    SearchFilters none = SearchFilters.NONE;
    return Stream.of(
        Arguments.of(none.withAgeMonths(12), Set.of("PLAIN", "FREE", "PUBLIC", "UNDOC", "SATURDAY", "BAD-HOURS")),
        Arguments.of(none.withAgeMonths(48), Set.of("PLAIN", "FREE", "PUBLIC", "UNDOC", "SATURDAY", "BAD-HOURS", "OLDER")),
        Arguments.of(none.withFree(true), Set.of("FREE")),
        Arguments.of(none.withPublicOnly(true), Set.of("PUBLIC")),
        Arguments.of(none.withUndocumented(true), Set.of("UNDOC")),
        Arguments.of(none.withPlacesAvailable(true), Set.of("PLAIN", "FREE", "PUBLIC", "UNDOC", "SATURDAY", "BAD-HOURS", "OLDER")),
        Arguments.of(none.withOpenSaturday(true), Set.of("SATURDAY")),
        Arguments.of(none.withOpenAt(DayOfWeek.MONDAY, LocalTime.of(18, 30)), Set.of("SATURDAY")),
        Arguments.of(none.withOpenAt(DayOfWeek.SATURDAY, LocalTime.of(9, 0)), Set.of("SATURDAY")),
        Arguments.of(none.withOpenAt(DayOfWeek.TUESDAY, LocalTime.of(9, 0)), Set.of("PLAIN", "FREE", "PUBLIC", "UNDOC", "SATURDAY", "FULL", "OLDER")),
        Arguments.of(none.withFree(true).withPublicOnly(true), Set.of()));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void eachFilterKeepsOnlyTheListingsThatPassIt(SearchFilters filters, Set<String> expected) {
    CrecheIndex index =
        CrecheIndex.of(
            List.of(
                listing("PLAIN", north(100), HERE.lon()).ages(3, 48).build(),
                listing("FREE", north(200), HERE.lon()).ages(3, 48).fee(0).build(),
                listing("PUBLIC", north(300), HERE.lon()).ages(3, 48).type(CrecheType.PUBLIC).build(),
                listing("UNDOC", north(400), HERE.lon()).ages(3, 48).undocumented(Undocumented.YES).build(),
                listing("SATURDAY", north(500), HERE.lon()).ages(3, 48).hours("Mo-Fr 07:30-19:00; Sa 08:00-13:00").build(),
                listing("FULL", north(600), HERE.lon()).ages(3, 6).places(0).build(),
                listing("BAD-HOURS", north(700), HERE.lon()).ages(3, 48).hours("Lu-Ve 8h-12h").build(),
                listing("OLDER", north(800), HERE.lon()).ages(36, 72).build()));
    assertThat(ids(index.nearby(HERE, 50, filters))).containsExactlyInAnyOrderElementsOf(expected);
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
    assertThat(ids(after.nearby(HERE, 10, SearchFilters.NONE))).containsExactly("MOVES", "NEW", "STAYS");
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
