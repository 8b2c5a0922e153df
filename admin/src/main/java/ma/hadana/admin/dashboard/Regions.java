package ma.hadana.admin.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceKind;
import org.springframework.stereotype.Component;

/**
 * The region of an event's place from the gazetteer: its place id first, then its arrondissement,
 * then its commune name when exactly one region has a commune or city of that name.
 */
@Component
class Regions {

  /** Obstacles of one category in one region; an empty region is unknown. */
  record RegionCount(String category, String region, long count) {}

  /**
   * Searches in one region (empty: unknown) and their unmet part: no result, nearest farther
   * than {@link DemandQueries#FAR_METERS}, nearest within reach but full.
   */
  record RegionSearches(String region, long searches, long noResult, long far, long full) {

    /** Searches that found no crèche with a place within reach, each counted once. */
    public long unmet() {
      return noResult + far + full;
    }
  }

  private final Gazetteer gazetteer;
  private volatile Map<String, String> byCommune;

  Regions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Obstacle counts summed by category and region, largest first. */
  List<RegionCount> obstacles(List<DemandQueries.ObstacleAt> rows) {
    Map<List<String>, Long> sums = new LinkedHashMap<>();
    for (DemandQueries.ObstacleAt r : rows) {
      String region = region(r.placeId(), r.arrondissement(), r.commune());
      sums.merge(List.of(r.category(), region), r.count(), Long::sum);
    }
    List<RegionCount> out = new ArrayList<>();
    sums.forEach((k, v) -> out.add(new RegionCount(k.get(0), k.get(1), v)));
    out.sort(Comparator.comparingLong(RegionCount::count).reversed()
        .thenComparing(RegionCount::category).thenComparing(RegionCount::region));
    return out;
  }

  /** Searches summed by region, most searches first. */
  List<RegionSearches> searches(List<DemandQueries.SearchAt> rows) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (DemandQueries.SearchAt r : rows) {
      long[] sum = sums.computeIfAbsent(region(r.placeId(), r.arrondissement(), r.commune()),
          k -> new long[4]);
      sum[0] += r.searches();
      sum[1] += r.noResult();
      sum[2] += r.far();
      sum[3] += r.full();
    }
    List<RegionSearches> out = new ArrayList<>();
    sums.forEach((k, v) -> out.add(new RegionSearches(k, v[0], v[1], v[2], v[3])));
    out.sort(Comparator.comparingLong(RegionSearches::searches).reversed()
        .thenComparing(RegionSearches::region));
    return out;
  }

  /** The region name, or empty when none of the three identifies one. */
  String region(String placeId, String arrondissement, String commune) {
    return byId(placeId).or(() -> byId(arrondissement))
        .or(() -> Optional.ofNullable(communes().get(key(commune))))
        .orElse("");
  }

  private Optional<String> byId(String id) {
    return id == null || id.isEmpty() ? Optional.empty()
        : gazetteer.byId(id).map(Place::region).filter(r -> !r.isBlank());
  }

  private Map<String, String> communes() {
    Map<String, String> m = byCommune;
    if (m == null) {
      Map<String, Set<String>> regions = new HashMap<>();
      for (Place p : gazetteer.all()) {
        if ((p.kind() == PlaceKind.COMMUNE || p.kind() == PlaceKind.CITY) && p.region() != null
            && p.city() != null) {
          regions.computeIfAbsent(key(p.city()), k -> new HashSet<>()).add(p.region());
        }
      }
      m = new HashMap<>();
      for (Map.Entry<String, Set<String>> e : regions.entrySet()) {
        if (e.getValue().size() == 1) {
          m.put(e.getKey(), e.getValue().iterator().next());
        }
      }
      byCommune = m;
    }
    return m;
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
