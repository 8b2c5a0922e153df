package ma.hadana.registry.importing;

import java.util.Collection;

/**
 * CSV lines as {@link CsvReader} reads them back: RFC 4180 quoting (only where a cell holds a
 * comma, a quote or a line break), CRLF line ends, {@code null} as an empty cell.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** One record with its CRLF. */
  public static String line(Collection<String> cells) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String cell : cells) {
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append(quote(cell));
    }
    return b.append("\r\n").toString();
  }

  /** One cell, quoted when it must be. */
  public static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    return cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
