package ma.hadana.registry.importing;

import java.util.Map;

/**
 * One listing as it came from a file, before validation: column name to raw text. Kept free of
 * CSV specifics so that another source (GeoJSON properties) feeds the same validator.
 */
record SourceRow(int line, Map<String, String> values) {

  SourceRow {
    values = Map.copyOf(values);
  }

  /** The value of a column, trimmed; empty when absent or blank. */
  String get(String column) {
    String v = values.get(column);
    return v == null ? "" : v.strip();
  }
}
