package ma.hadana.registry.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.hours.OpeningHours;

/**
 * An immutable snapshot of the active listings, answering "nearest first" with exact great-circle
 * distances. Positions live in a k-d tree over unit vectors: the straight-line (chord) distance
 * between two unit vectors grows with their great-circle distance, so it prunes the tree soundly,
 * and only the few listings that may enter the result get the exact haversine distance.
 */
public final class CrecheIndex {

  /** The radii tried in turn, in metres; the last one caps every search. */
  public static final List<Integer> RADII_METERS = List.of(2_000, 5_000, 10_000, 25_000);

  static final int CAP_METERS = 25_000;
  static final int LEAF_SIZE = 8;
  private static final CrecheIndex EMPTY = of(List.of());

  private final Map<String, Creche> byId;
  final Creche[] creches;
  final double[] xyz; // unit vector of listing i at 3i, 3i+1, 3i+2
  final double[] lat;
  final double[] lon;
  final int[] flags;
  final int[] ageMin;
  final int[] ageMax;
  final OpeningHours[] hours;
  final byte[] splitDim; // axis of the node whose median sits at i

  private CrecheIndex(Map<String, Creche> byId, TreeBuilder tree) {
    this.byId = byId;
    int n = tree.size();
    this.creches = new Creche[n];
    this.xyz = new double[3 * n];
    this.lat = new double[n];
    this.lon = new double[n];
    this.flags = new int[n];
    this.ageMin = new int[n];
    this.ageMax = new int[n];
    this.hours = new OpeningHours[n];
    this.splitDim = tree.splitDims();
    Map<String, Optional<OpeningHours>> parsed = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Creche c = tree.listing(i);
      creches[i] = c;
      System.arraycopy(tree.vector(i), 0, xyz, 3 * i, 3);
      lat[i] = c.lat();
      lon[i] = c.lon();
      ageMin[i] = c.ageMinMonths();
      ageMax[i] = c.ageMaxMonths();
      hours[i] = parsed.computeIfAbsent(c.openingHours(), CrecheIndex::parseHours).orElse(null);
      flags[i] = ListingFlags.of(c, hours[i]);
    }
  }

  /** An index of the active listings among these (others are left out). */
  public static CrecheIndex of(Collection<Creche> listings) {
    Map<String, Creche> active = new HashMap<>();
    for (Creche c : listings) {
      if (c.active()) {
        active.put(c.id(), c);
      }
    }
    return new CrecheIndex(active, TreeBuilder.build(active.values()));
  }

  /** An index with no listing. */
  static CrecheIndex empty() {
    return EMPTY;
  }

  /**
   * This index after some listings changed: every id in {@code changedIds} is dropped, then each
   * reloaded row is added back if it is active. An id missing from {@code reloaded} was deleted.
   */
  CrecheIndex withChanges(Collection<String> changedIds, Collection<Creche> reloaded) {
    Map<String, Creche> next = new HashMap<>(byId);
    next.keySet().removeAll(changedIds);
    for (Creche c : reloaded) {
      next.remove(c.id());
      if (c.active()) {
        next.put(c.id(), c);
      }
    }
    return new CrecheIndex(next, TreeBuilder.build(next.values()));
  }

  /**
   * The {@code limit} nearest active listings that pass the filters, searching within 2 km, then
   * 5, 10 and 25 km until {@code limit} are found; at 25 km, whatever there is.
   */
  public NearbyResult nearby(GeoPoint from, int limit, SearchFilters filters) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return new KnnQuery(this, from, limit, filters).run();
  }

  /** The active listing with this id, if any. */
  Optional<Creche> listing(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Number of active listings. */
  public int size() {
    return creches.length;
  }

  private static Optional<OpeningHours> parseHours(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OpeningHours.parse(text));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty(); // unknown hours never pass an "open" filter
    }
  }
}
