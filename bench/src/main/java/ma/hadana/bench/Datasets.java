package ma.hadana.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.search.DemoCreches;

/** The listings and query points each benchmark runs on, the same for the index and for SQL. */
final class Datasets {

  static final String DEMO = "demo1200";
  static final String SYNTHETIC = "synthetic100k";
  static final int QUERY_COUNT = 4_096;
  private static final long SEED = 20251204L;
  private static final String[] HOURS = {
    "Mo-Fr 08:30-16:30", "Mo-Fr 07:30-18:30; Sa 08:00-13:00", "Mo-Fr 07:30-19:00",
    "Mo-Sa 07:45-18:30", "Mo-Fr 08:00-12:00,14:00-16:00"
  };

  private Datasets() {}

  static List<Creche> listings(String dataset) {
    return switch (dataset) {
      case DEMO -> DemoCreches.all();
      case SYNTHETIC -> synthetic(100_000);
      default -> throw new IllegalArgumentException("unknown dataset " + dataset);
    };
  }

  /**
   * Where families search from: for the demo registry (six areas), within 3 km of a demo listing;
   * for the synthetic one, where people live, like its listings.
   */
  static GeoPoint[] queries(String dataset) {
    Random random = new Random(SEED + 1);
    GeoPoint[] out = new GeoPoint[QUERY_COUNT];
    if (dataset.equals(DEMO)) {
      List<Creche> demo = DemoCreches.all();
      for (int i = 0; i < out.length; i++) {
        Creche c = demo.get(random.nextInt(demo.size()));
        out[i] = PopulatedPlaces.offset(c.lat(), c.lon(), (random.nextDouble() * 2 - 1) * 3_000,
            (random.nextDouble() * 2 - 1) * 3_000);
      }
    } else {
      PopulatedPlaces places = new PopulatedPlaces();
      for (int i = 0; i < out.length; i++) {
        out[i] = places.next(random);
      }
    }
    return out;
  }

  private static List<Creche> synthetic(int count) {
    Random random = new Random(SEED);
    PopulatedPlaces places = new PopulatedPlaces();
    List<Creche> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      GeoPoint p = places.next(random);
      int ageMin = random.nextBoolean() ? 3 : 36;
      out.add(new Creche(
          String.format("SYN-%06d", i), "Crèche synthétique " + i, null,
          CrecheType.values()[random.nextInt(3)], null, null, null, null, null, null, null,
          p.lat(), p.lon(), null, ageMin, ageMin + 36, 40, random.nextInt(6),
          random.nextInt(4) == 0 ? 0 : 500 + random.nextInt(2_000),
          HOURS[random.nextInt(HOURS.length)], List.of("fr", "ar"), true,
          Undocumented.values()[random.nextInt(3)], List.of(), false, LocalDate.of(2026, 1, 1),
          random.nextInt(20) == 0 ? CrecheStatus.CLOSED : CrecheStatus.ACTIVE, null));
    }
    return out;
  }
}
