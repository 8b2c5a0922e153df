package ma.hadana.registry.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells which of the 41 arrondissements (Casablanca, Fès, Rabat, Salé, Marrakech, Tanger) a
 * position falls in, from the polygons shipped in {@code data/morocco_arrondissements.geojson}.
 */
@Component
public class ArrondissementLocator {

  static final String RESOURCE = "data/morocco_arrondissements.geojson";

  private final List<Area> areas;

  /** Loads the shipped boundaries and ties each one to its gazetteer row. */
  public ArrondissementLocator(Gazetteer gazetteer) {
    this.areas = List.copyOf(read(gazetteer, RESOURCE));
  }

  /** The arrondissement holding this position, if any. */
  public Optional<Place> locate(GeoPoint point) {
    return locate(point.lat(), point.lon());
  }

  /** The arrondissement holding this position, if any. */
  public Optional<Place> locate(double lat, double lon) {
    for (Area a : areas) {
      if (a.contains(lat, lon)) {
        return Optional.of(a.place());
      }
    }
    return Optional.empty();
  }

  /** Number of boundaries loaded. */
  public int size() {
    return areas.size();
  }

  List<Area> areas() {
    return areas;
  }

  private static List<Area> read(Gazetteer gazetteer, String resource) {
    JsonNode root;
    try (InputStream in = ArrondissementLocator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + resource);
      }
      root = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    List<Area> areas = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      JsonNode props = feature.path("properties");
      String id = props.path("gazetteer_id").asString();
      Place place =
          gazetteer
              .byId(id)
              .orElseThrow(() -> new IllegalStateException(resource + ": unknown gazetteer id " + id));
      GeoPoint centroid =
          new GeoPoint(props.path("centroid_lat").asDouble(), props.path("centroid_lon").asDouble());
      areas.add(area(place, props.path("name").asString(), centroid, feature.path("geometry")));
    }
    return areas;
  }

  private static Area area(Place place, String name, GeoPoint centroid, JsonNode geometry) {
    String type = geometry.path("type").asString();
    JsonNode coords = geometry.path("coordinates");
    List<JsonNode> polygonNodes = new ArrayList<>();
    switch (type) {
      case "Polygon" -> polygonNodes.add(coords);
      case "MultiPolygon" -> coords.forEach(polygonNodes::add);
      default -> throw new IllegalStateException(place.id() + ": unsupported geometry " + type);
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    List<List<Area.Ring>> polygons = new ArrayList<>();
    for (JsonNode polygon : polygonNodes) {
      List<Area.Ring> rings = new ArrayList<>();
      for (JsonNode ring : polygon) {
        rings.add(ring(ring, box));
      }
      polygons.add(List.copyOf(rings));
    }
    return new Area(
        place, name, centroid, List.copyOf(polygons), new Area.Box(box[0], box[1], box[2], box[3]));
  }

  private static Area.Ring ring(JsonNode ring, double[] box) {
    int n = ring.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = ring.get(i).get(0).asDouble();
      ys[i] = ring.get(i).get(1).asDouble();
      box[0] = Math.min(box[0], xs[i]);
      box[1] = Math.min(box[1], ys[i]);
      box[2] = Math.max(box[2], xs[i]);
      box[3] = Math.max(box[3], ys[i]);
    }
    return new Area.Ring(xs, ys);
  }
}
