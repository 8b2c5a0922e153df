package ma.hadana.registry.search;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One nearby search over a {@link CrecheIndex}: a k-nearest walk of the k-d tree that keeps the
 * best {@code limit} matches in a small sorted array, ordered by exact distance then id.
 */
final class KnnQuery {

  /** Slack on the chord bound, far above the rounding of unit vectors and of the haversine. */
  private static final double RELATIVE_SLACK = 1e-9;
  private static final double ABSOLUTE_SLACK = 1e-12;

  private final CrecheIndex ix;
  private final double qx;
  private final double qy;
  private final double qz;
  private final double qlat;
  private final double qlon;
  private final int limit;
  private final int mask;
  private final int age;
  private final DayOfWeek openDay;
  private final LocalTime openTime;
  private final double[] best;
  private final int[] bestAt;
  private int count;
  private double bound2;

  KnnQuery(CrecheIndex ix, GeoPoint from, int limit, SearchFilters filters) {
    this.ix = ix;
    double[] q = TreeBuilder.unitVector(from.lat(), from.lon());
    this.qx = q[0];
    this.qy = q[1];
    this.qz = q[2];
    this.qlat = from.lat();
    this.qlon = from.lon();
    this.limit = limit;
    this.mask = ListingFlags.required(filters);
    this.age = filters.ageMonths() == null ? -1 : filters.ageMonths();
    this.openDay = filters.openDay();
    this.openTime = filters.openTime();
    this.best = new double[limit];
    this.bestAt = new int[limit];
    this.bound2 = squaredChordBound(CrecheIndex.CAP_METERS);
  }

  NearbyResult run() {
    visit(0, ix.creches.length);
    List<NearbyHit> hits = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      hits.add(new NearbyHit(ix.creches[bestAt[k]], best[k]));
    }
    int radius = CrecheIndex.CAP_METERS;
    if (count == limit) {
      for (int r : CrecheIndex.RADII_METERS) {
        if (best[count - 1] <= r) {
          radius = r;
          break;
        }
      }
    }
    return new NearbyResult(radius, hits);
  }

  private void visit(int lo, int hi) {
    if (hi - lo <= CrecheIndex.LEAF_SIZE) {
      for (int i = lo; i < hi; i++) {
        consider(i);
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    int dim = ix.splitDim[mid];
    double diff = (dim == 0 ? qx : dim == 1 ? qy : qz) - ix.xyz[3 * mid + dim];
    consider(mid);
    if (diff < 0) {
      visit(lo, mid);
      if (diff * diff <= bound2) {
        visit(mid + 1, hi);
      }
    } else {
      visit(mid + 1, hi);
      if (diff * diff <= bound2) {
        visit(lo, mid);
      }
    }
  }

  private void consider(int i) {
    double dx = ix.xyz[3 * i] - qx;
    double dy = ix.xyz[3 * i + 1] - qy;
    double dz = ix.xyz[3 * i + 2] - qz;
    if (dx * dx + dy * dy + dz * dz > bound2 || !matches(i)) {
      return;
    }
    double d = GeoPoint.distanceMeters(qlat, qlon, ix.lat[i], ix.lon[i]);
    if (d > CrecheIndex.CAP_METERS) {
      return;
    }
    if (count == limit && !before(d, i, best[count - 1], bestAt[count - 1])) {
      return;
    }
    int k = count == limit ? count - 1 : count++;
    while (k > 0 && before(d, i, best[k - 1], bestAt[k - 1])) {
      best[k] = best[k - 1];
      bestAt[k] = bestAt[k - 1];
      k--;
    }
    best[k] = d;
    bestAt[k] = i;
    if (count == limit) {
      bound2 = squaredChordBound(best[count - 1]);
    }
  }

  private boolean matches(int i) {
    return (ix.flags[i] & mask) == mask
        && (age < 0 || (ix.ageMin[i] <= age && age <= ix.ageMax[i]))
        && (openDay == null || (ix.hours[i] != null && ix.hours[i].isOpen(openDay, openTime)));
  }

  private boolean before(double d, int i, double otherD, int other) {
    return d < otherD || (d == otherD && ix.creches[i].id().compareTo(ix.creches[other].id()) < 0);
  }

  /** Squared chord, on the unit sphere, of a great-circle distance, plus slack. */
  private static double squaredChordBound(double meters) {
    double chord = 2 * Math.sin(meters / (2 * GeoPoint.EARTH_RADIUS_M));
    double bound = chord * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK;
    return bound * bound;
  }
}
