package ma.hadana.registry.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Morocco gazetteer shipped in {@code data/morocco_gazetteer.csv}, loaded once at start and
 * read-only afterwards: places by id, their parent chain and children.
 */
@Component
public class Gazetteer {

  static final String RESOURCE = "data/morocco_gazetteer.csv";

  private final Map<String, Place> byId;
  private final Map<String, List<Place>> children;

  /** Loads the shipped gazetteer. */
  @Autowired
  public Gazetteer() {
    this(Csv.read(RESOURCE).stream().map(Gazetteer::place).toList());
  }

  /** A gazetteer of the given rows (tests); parents must be listed or absent. */
  Gazetteer(List<Place> places) {
    Map<String, Place> ids = new LinkedHashMap<>();
    Map<String, List<Place>> kids = new HashMap<>();
    for (Place p : places) {
      if (ids.putIfAbsent(p.id(), p) != null) {
        throw new IllegalStateException("Duplicate gazetteer id " + p.id());
      }
      if (p.parentId() != null) {
        kids.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
      }
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.byId = Collections.unmodifiableMap(ids);
    this.children = Map.copyOf(kids);
  }

  /** The place with this id. */
  public Optional<Place> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The places whose parent is {@code id}, in file order. */
  public List<Place> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /** The enclosing place. */
  public Optional<Place> parent(Place place) {
    return byId(place.parentId());
  }

  /** The enclosing places, nearest first, up to the region. */
  public List<Place> ancestors(Place place) {
    List<Place> chain = new ArrayList<>();
    Optional<Place> p = parent(place);
    while (p.isPresent() && chain.size() < 10) {
      chain.add(p.get());
      p = parent(p.get());
    }
    return chain;
  }

  /** The nearest enclosing place of this kind, or the place itself when it is of that kind. */
  public Optional<Place> enclosing(Place place, PlaceKind kind) {
    if (place.kind() == kind) {
      return Optional.of(place);
    }
    return ancestors(place).stream().filter(a -> a.kind() == kind).findFirst();
  }

  /** Every place, in file order. */
  public List<Place> all() {
    return List.copyOf(byId.values());
  }

  /** Number of places. */
  public int size() {
    return byId.size();
  }

  /** Number of places of each kind. */
  public Map<PlaceKind, Integer> countsByKind() {
    Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
    byId.values().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    return counts;
  }

  private static Place place(Map<String, String> row) {
    String lat = row.get("lat");
    String lon = row.get("lon");
    GeoPoint point =
        lat.isBlank() || lon.isBlank()
            ? null
            : new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
    String alt = row.get("alt_names");
    List<String> altNames =
        alt.isBlank()
            ? List.of()
            : Arrays.stream(alt.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    String population = row.get("population");
    return new Place(
        row.get("id"),
        PlaceKind.of(row.get("kind")),
        row.get("name"),
        blankToNull(row.get("name_ar")),
        altNames,
        point,
        point == null ? CoordPrecision.NONE : CoordPrecision.of(row.get("coord_precision")),
        blankToNull(row.get("region_code")),
        blankToNull(row.get("region")),
        blankToNull(row.get("province_code")),
        blankToNull(row.get("province")),
        blankToNull(row.get("city")),
        blankToNull(row.get("parent_id")),
        blankToNull(row.get("hcp_code")),
        population.isBlank() ? null : Long.valueOf(population.trim()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
