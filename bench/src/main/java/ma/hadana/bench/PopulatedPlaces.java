package ma.hadana.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceKind;
import ma.hadana.registry.geo.GeoPoint;

/**
 * Random positions where Morocco's people live: a commune or city of the shipped gazetteer drawn
 * in proportion to its population, then a Gaussian offset that grows with the town's size
 * (σ ≈ 6 km for Casablanca, 2 km for a town of 50,000).
 */
final class PopulatedPlaces {

  private final double[] lat;
  private final double[] lon;
  private final double[] sigmaMeters;
  private final double[] cumulative;

  PopulatedPlaces() {
    List<double[]> places = new ArrayList<>();
    for (Place place : new Gazetteer().all()) {
      boolean town = place.kind() == PlaceKind.COMMUNE || place.kind() == PlaceKind.CITY;
      if (town && place.population() != null && place.point() != null) {
        places.add(new double[] {place.point().lat(), place.point().lon(), place.population()});
      }
    }
    int n = places.size();
    lat = new double[n];
    lon = new double[n];
    sigmaMeters = new double[n];
    cumulative = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] p = places.get(i);
      lat[i] = p[0];
      lon[i] = p[1];
      sigmaMeters[i] = 1_500 + 2_500 * Math.sqrt(p[2] / 1e6);
      total += p[2];
      cumulative[i] = total;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= total;
    }
  }

  /** A random position in Morocco near where people live. */
  GeoPoint next(Random random) {
    while (true) {
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      i = Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
      GeoPoint p = offset(lat[i], lon[i], random.nextGaussian() * sigmaMeters[i],
          random.nextGaussian() * sigmaMeters[i]);
      if (p.inMorocco()) {
        return p;
      }
    }
  }

  /** A position {@code north} and {@code east} metres away (a flat step, fine at this scale). */
  static GeoPoint offset(double lat, double lon, double north, double east) {
    double dLat = Math.toDegrees(north / GeoPoint.EARTH_RADIUS_M);
    double dLon = Math.toDegrees(east / (GeoPoint.EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
    return new GeoPoint(lat + dLat, lon + dLon);
  }
}
