package ma.hadana.admin.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A dashboard table as CSV: RFC 4180 quoting, CRLF line ends, UTF-8 without a byte-order mark. */
record Csv(String file, List<String> header, List<List<String>> rows) {

  void write(Writer out) throws IOException {
    out.write(line(header));
    for (List<String> row : rows) {
      out.write(line(row));
    }
    out.flush();
  }

  private static String line(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(cells.get(i)));
    }
    return b.append("\r\n").toString();
  }

  /** The cell, quoted when it holds a comma, a quote or a line break; {@code null} is empty. */
  static String quote(String s) {
    if (s == null) {
      return "";
    }
    return s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
