package ma.hadana.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;

/** Writes registry CSV text for tests: header, rows from fixtures, rows with one cell replaced. */
final class RegistryFiles {

  static final String HEADER = String.join(",", CrecheFields.NAMES);

  private RegistryFiles() {}

  /** A CRLF file: the header then one line per listing. */
  static String csv(Creche... creches) {
    List<String> lines = new ArrayList<>();
    for (Creche c : creches) {
      lines.add(row(c));
    }
    return file(lines.toArray(String[]::new));
  }

  /** A CRLF file: the header then these lines. */
  static String file(String... rows) {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (String r : rows) {
      sb.append(r).append("\r\n");
    }
    return sb.toString();
  }

  /** The CSV line of a listing. */
  static String row(Creche c) {
    return row(c, null, null);
  }

  /** The CSV line of a listing with {@code column} holding {@code value} instead. */
  static String row(Creche c, String column, String value) {
    List<String> cells = new ArrayList<>();
    for (Map.Entry<String, String> e : CrecheFields.values(c).entrySet()) {
      String v = e.getKey().equals(column) ? value : e.getValue();
      cells.add(quote(v == null ? "" : v));
    }
    return String.join(",", cells);
  }

  static String quote(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
