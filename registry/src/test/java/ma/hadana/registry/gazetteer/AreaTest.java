package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.registry.geo.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaTest {

  /** A 10×10 square with a 2×2 hole in the middle, plus a separate 1×1 island to the east. */
  private static final Area SQUARE_WITH_HOLE_AND_ISLAND =
      new Area(
          null,
          "test",
          new GeoPoint(5, 5),
          List.of(
              List.of(ring(0, 0, 10, 10), ring(4, 4, 6, 6)),
              List.of(ring(20, 0, 21, 1))),
          new Area.Box(0, 0, 21, 10));

  @ParameterizedTest(name = "lat {0} lon {1}: {2}")
  @CsvSource({
    "1, 1, true",
    "9.5, 9.5, true",
    "5, 5, false", // in the hole
    "4.5, 5.5, false",
    "3, 5, true", // beside the hole
    "0.5, 20.5, true", // on the island
    "0.5, 15, false", // between the parts, inside the box
    "11, 5, false", // outside the box
    "-1, -1, false",
  })
  void raycastsPolygonsWithHolesAndSeveralParts(double lat, double lon, boolean inside) {
    assertThat(SQUARE_WITH_HOLE_AND_ISLAND.contains(lat, lon)).isEqualTo(inside);
  }

  private static Area.Ring ring(double x0, double y0, double x1, double y1) {
    return new Area.Ring(new double[] {x0, x1, x1, x0, x0}, new double[] {y0, y0, y1, y1, y0});
  }
}
