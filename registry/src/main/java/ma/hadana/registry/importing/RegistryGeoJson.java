package ma.hadana.registry.importing;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry as GeoJSON, both ways: a FeatureCollection of Point features whose
 * {@code properties} give every registry column but {@code lat} and {@code lon}, which make the
 * point ({@code /exports/registry.geojson} writes it with {@link #collection}); reading turns it
 * into rows keyed by registry column, problems located by feature number.
 */
public final class RegistryGeoJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GEOMETRY = "geometry must be a Point with [lon, lat] coordinates";

  private RegistryGeoJson() {}

  /** One listing as a Feature (mutable maps, in column order). */
  public static Map<String, Object> feature(Creche c) {
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("type", "Point");
    geometry.put("coordinates", List.of(c.lon(), c.lat()));
    Map<String, Object> properties = new LinkedHashMap<>(CrecheFields.values(c));
    properties.remove("lat");
    properties.remove("lon");
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", c.id());
    feature.put("geometry", geometry);
    feature.put("properties", properties);
    return feature;
  }

  /** A FeatureCollection of {@code features}. */
  public static Map<String, Object> collection(List<Map<String, Object>> features) {
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("features", features);
    return collection;
  }

  static RegistryCsv.Parsed read(Reader in) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      return new RegistryCsv.Parsed(List.of(), 0,
          List.of(Problem.atLine(line, "not valid JSON")));
    }
    if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type")
        .asString("")) || !root.path("features").isArray()) {
      return new RegistryCsv.Parsed(List.of(), 0,
          List.of(Problem.atLine(1, "not a GeoJSON FeatureCollection with a features array")));
    }
    List<SourceRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int n = 0;
    for (JsonNode feature : root.path("features")) {
      n++;
      if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
        problems.add(new Problem(n, null, "not a GeoJSON Feature", true));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      List<Problem> own = new ArrayList<>();
      boolean whole = true;
      JsonNode coordinates = feature.path("geometry").path("coordinates");
      if (!"Point".equals(feature.path("geometry").path("type").asString(""))
          || coordinates.size() < 2 || coordinates.size() > 3
          || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
        own.add(new Problem(n, null, GEOMETRY, true));
        whole = false;
      } else {
        values.put("lon", number(coordinates.get(0)));
        values.put("lat", number(coordinates.get(1)));
      }
      JsonNode properties = feature.path("properties");
      if (!properties.isObject()) {
        own.add(new Problem(n, null, "properties must be an object", true));
        whole = false;
      } else {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          String name = p.getKey();
          if (!CrecheFields.NAMES.contains(name) || name.equals("lat") || name.equals("lon")) {
            own.add(new Problem(n, name, "unknown property", true));
            continue;
          }
          String text = text(p.getValue());
          if (text == null) {
            own.add(new Problem(n, name, "must be text, a number, true or false", true));
          } else {
            values.put(name, text);
          }
        }
      }
      if (!values.containsKey("id") && feature.path("id").isString()) {
        values.put("id", feature.path("id").stringValue());
      }
      problems.addAll(own);
      if (whole) {
        rows.add(new SourceRow(n, values, true));
      }
    }
    return new RegistryCsv.Parsed(rows, n, problems);
  }

  /** The CSV text of a property value; null when it has none (an object, a nested array). */
  private static String text(JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (v.isNumber()) {
      return number(v);
    }
    if (v.isBoolean()) {
      return String.valueOf(v.booleanValue());
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isString()) {
          return null;
        }
        items.add(item.stringValue());
      }
      return String.join(CrecheFields.LIST_SEPARATOR, items);
    }
    return null;
  }

  private static String number(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    BigDecimal d = v.decimalValue().stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
