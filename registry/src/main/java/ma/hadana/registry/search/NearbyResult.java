package ma.hadana.registry.search;

import java.util.List;

/**
 * The answer to a nearby search: the radius that was needed (2, 5, 10 or 25 km) and the hits
 * within it, nearest first (ties by id). Fewer hits than asked means none more within 25 km.
 */
public record NearbyResult(int radiusMeters, List<NearbyHit> hits) {

  public NearbyResult {
    hits = List.copyOf(hits);
  }
}
