package ma.hadana.bot.api.creches;

import ma.hadana.bot.api.BadParameterException;
import ma.hadana.registry.geo.GeoPoint;

/** Checks the values of {@code /nearby}'s parameters; each failure names its parameter. */
final class NearbyParameters {

  static final int DEFAULT_LIMIT = 5;
  static final int MAX_LIMIT = 50;
  /** Latitudes that {@link GeoPoint#inMorocco()} can accept at some longitude. */
  private static final double MIN_LAT = 20.7;
  private static final double MAX_LAT = 35.95;

  private NearbyParameters() {}

  /** The point to search from; it must lie in Morocco. */
  static GeoPoint point(double lat, double lon) {
    if (!(lat >= MIN_LAT && lat <= MAX_LAT)) {
      throw new BadParameterException(
          "lat", "lat must be a latitude in Morocco, between " + MIN_LAT + " and " + MAX_LAT);
    }
    if (!(lon >= -180 && lon <= 180) || !new GeoPoint(lat, lon).inMorocco()) {
      throw new BadParameterException(
          "lon", "lon must be a longitude in Morocco at latitude " + lat);
    }
    return new GeoPoint(lat, lon);
  }

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }

  static Integer ageMonths(Integer months) {
    if (months != null && months < 0) {
      throw new BadParameterException("ageMonths", "ageMonths must not be negative");
    }
    return months;
  }
}
