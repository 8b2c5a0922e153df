package ma.hadana.registry.gazetteer;

import java.util.List;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One arrondissement boundary: polygons (exterior ring first, then holes) in lon/lat, with the
 * bounding box checked before any ray casting.
 */
record Area(Place place, String name, GeoPoint centroid, List<List<Ring>> polygons, Box box) {

  /** A closed ring as parallel coordinate arrays (x = lon, y = lat). */
  record Ring(double[] xs, double[] ys) {

    /** Even-odd ray casting: true when (x, y) is inside; points on an edge may go either way. */
    boolean contains(double x, double y) {
      boolean inside = false;
      int n = xs.length;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        if ((ys[i] > y) != (ys[j] > y)
            && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
          inside = !inside;
        }
      }
      return inside;
    }
  }

  /** Bounding box in degrees. */
  record Box(double minX, double minY, double maxX, double maxY) {

    boolean contains(double x, double y) {
      return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
  }

  /** True when the position lies inside one polygon's exterior ring and outside its holes. */
  boolean contains(double lat, double lon) {
    if (!box.contains(lon, lat)) {
      return false;
    }
    for (List<Ring> polygon : polygons) {
      if (polygon.get(0).contains(lon, lat) && !inHole(polygon, lon, lat)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inHole(List<Ring> polygon, double x, double y) {
    for (int h = 1; h < polygon.size(); h++) {
      if (polygon.get(h).contains(x, y)) {
        return true;
      }
    }
    return false;
  }
}
