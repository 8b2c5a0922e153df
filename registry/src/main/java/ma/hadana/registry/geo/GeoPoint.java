package ma.hadana.registry.geo;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double lat, double lon) {

  /** Mean Earth radius used for great-circle distances, in metres (IUGG). */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a WGS 84 position: " + lat + "," + lon);
    }
  }

  /** Exact great-circle (haversine) distance in metres. */
  public double distanceMeters(GeoPoint other) {
    return distanceMeters(lat, lon, other.lat, other.lon);
  }

  /** Exact great-circle (haversine) distance in metres between two positions. */
  public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /**
   * True inside Morocco's extent: the northern box (lat 27.6–35.95, lon −13.2 – −0.99) or the
   * southern provinces' box (lat 20.7–27.95, lon −17.2 – −8.6), as the gazetteer was checked.
   */
  public boolean inMorocco() {
    boolean north = lat >= 27.6 && lat <= 35.95 && lon >= -13.2 && lon <= -0.99;
    boolean south = lat >= 20.7 && lat <= 27.95 && lon >= -17.2 && lon <= -8.6;
    return north || south;
  }
}
