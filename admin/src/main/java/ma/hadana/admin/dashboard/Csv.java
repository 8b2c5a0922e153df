package ma.hadana.admin.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import ma.hadana.registry.importing.CsvWriter;

/** A dashboard table as CSV: RFC 4180 quoting, CRLF line ends, UTF-8 without a byte-order mark. */
record Csv(String file, List<String> header, List<List<String>> rows) {

  void write(Writer out) throws IOException {
    out.write(CsvWriter.line(header));
    for (List<String> row : rows) {
      out.write(CsvWriter.line(row));
    }
    out.flush();
  }
}
