package ma.hadana.registry.importing;

import java.util.Map;

/**
 * One listing as it came from a file, before validation: column name to raw text. Kept free of
 * CSV specifics so that another source (GeoJSON properties) feeds the same validator; for a
 * GeoJSON feature, {@code line} is the feature's number and {@code feature} is true.
 */
record SourceRow(int line, Map<String, String> values, boolean feature) {

  SourceRow {
    values = Map.copyOf(values);
  }

  SourceRow(int line, Map<String, String> values) {
    this(line, values, false);
  }

  /** The value of a column, trimmed; empty when absent or blank. */
  String get(String column) {
    String v = values.get(column);
    return v == null ? "" : v.strip();
  }
}
