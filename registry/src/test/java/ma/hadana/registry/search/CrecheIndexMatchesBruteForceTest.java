package ma.hadana.registry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index answers exactly what a full scan answers (same ids, same order, same distances, same
 * radius) for 5 seeds × 200 random points over Morocco with random filters and limits.
 */
class CrecheIndexMatchesBruteForceTest {

  private static final int POINTS_PER_SEED = 200;
  private static final int[] LIMITS = {1, 2, 3, 5, 5, 5, 10, 20, 50};
  private static final String[] HOURS = {
    "Mo-Fr 08:00-17:00", "Mo-Fr 07:30-18:30; Sa 08:00-13:00", "Mo-Sa 07:45-18:30",
    "Mo-Fr 08:00-12:00,14:00-16:00", "24/7", "Lu-Ve 8h-12h", null
  };

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20251204L, 777_777L, -3L})
  void theIndexAgreesWithAFullScan(long seed) {
    Random random = new Random(seed);
    List<Creche> listings = listings(random);
    CrecheIndex index = CrecheIndex.of(listings);
    BruteForceSearch scan = new BruteForceSearch(listings);
    int nonEmpty = 0;
    for (int p = 0; p < POINTS_PER_SEED; p++) {
      GeoPoint point = point(random, listings);
      int limit = LIMITS[random.nextInt(LIMITS.length)];
      SearchFilters filters = filters(random);
      NearbyResult expected = scan.nearby(point, limit, filters);
      NearbyResult actual = index.nearby(point, limit, filters);
      String why = "seed " + seed + ", point " + point + ", limit " + limit + ", " + filters;
      assertThat(actual.radiusMeters()).as(why).isEqualTo(expected.radiusMeters());
      assertThat(actual.hits()).as(why).isEqualTo(expected.hits());
      nonEmpty += actual.hits().isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("points with listings near them").isGreaterThan(POINTS_PER_SEED / 2);
  }

  /** The demo registry, twins of some rows at the very same place, and random extra rows. */
  private static List<Creche> listings(Random random) {
    List<Creche> demo = DemoCreches.all();
    List<Creche> out = new ArrayList<>(demo);
    for (int i = 0; i < 60; i++) {
      Creche original = demo.get(random.nextInt(demo.size()));
      out.add(randomised(CrecheBuilder.like(original, original.id() + "-TWIN-" + i), random));
    }
    for (int i = 0; i < 400; i++) {
      Creche near = demo.get(random.nextInt(demo.size()));
      GeoPoint at = offset(near.lat(), near.lon(), random, 20_000);
      out.add(randomised(CrecheBuilder.listing("SYN-" + i, at.lat(), at.lon()), random));
    }
    return out;
  }

  private static Creche randomised(CrecheBuilder b, Random random) {
    int min = random.nextInt(40);
    return b.type(CrecheType.values()[random.nextInt(3)])
        .ages(min, min + random.nextInt(60))
        .fee(fee(random))
        .places(random.nextInt(5) == 0 ? null : random.nextInt(4))
        .hours(HOURS[random.nextInt(HOURS.length)])
        .undocumented(Undocumented.values()[random.nextInt(3)])
        .status(random.nextInt(15) == 0 ? CrecheStatus.CLOSED : CrecheStatus.ACTIVE)
        .build();
  }

  /** Free one time in four, unknown one in five of the rest, else 500–2,499 MAD. */
  private static Integer fee(Random random) {
    if (random.nextInt(4) == 0) {
      return 0;
    }
    return random.nextInt(5) == 0 ? null : 500 + random.nextInt(2_000);
  }

  /** Mostly near some listing (up to 30 km away), else anywhere in Morocco's two boxes. */
  private static GeoPoint point(Random random, List<Creche> listings) {
    if (random.nextInt(10) < 8) {
      Creche c = listings.get(random.nextInt(listings.size()));
      return offset(c.lat(), c.lon(), random, random.nextBoolean() ? 3_000 : 30_000);
    }
    if (random.nextInt(4) == 0) {
      return new GeoPoint(20.7 + random.nextDouble() * 7.25, -17.2 + random.nextDouble() * 8.6);
    }
    return new GeoPoint(27.6 + random.nextDouble() * 8.35, -13.2 + random.nextDouble() * 12.21);
  }

  private static GeoPoint offset(double lat, double lon, Random random, double maxMeters) {
    double d = random.nextDouble() * maxMeters / GeoPoint.EARTH_RADIUS_M;
    double bearing = random.nextDouble() * 2 * Math.PI;
    double dLat = Math.toDegrees(d * Math.cos(bearing));
    double dLon = Math.toDegrees(d * Math.sin(bearing) / Math.cos(Math.toRadians(lat)));
    return new GeoPoint(lat + dLat, lon + dLon);
  }

  private static SearchFilters filters(Random random) {
    SearchFilters f = SearchFilters.NONE;
    if (random.nextInt(10) < 4) {
      f = f.withAgeMonths(random.nextInt(85));
    }
    f = f.withFree(random.nextInt(6) == 0)
        .withPublicOnly(random.nextInt(6) == 0)
        .withUndocumented(random.nextInt(6) == 0)
        .withPlacesAvailable(random.nextInt(5) == 0)
        .withOpenSaturday(random.nextInt(8) == 0)
        .withSpecialNeeds(random.nextInt(8) == 0)
        .withMeals(random.nextInt(6) == 0);
    if (random.nextInt(5) == 0) {
      f = f.withOpenAt(
          DayOfWeek.of(1 + random.nextInt(7)),
          LocalTime.of(random.nextInt(24), 15 * random.nextInt(4)));
    }
    return f;
  }
}
