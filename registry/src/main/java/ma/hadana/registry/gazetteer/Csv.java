package ma.hadana.registry.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the shipped RFC 4180 files (one header line, quoted fields without line breaks). */
final class Csv {

  private Csv() {}

  /** Every data row of a classpath resource as column name to value. */
  static List<Map<String, String>> read(String resource) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing classpath resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(stripBom(r.readLine()));
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = split(line);
        if (fields.size() != header.size()) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": " + fields.size() + " fields, expected " + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** Fields of one line; doubled quotes inside a quoted field stand for one quote. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(cur.toString());
        cur.setLength(0);
      } else if (c != '\r') {
        cur.append(c);
      }
    }
    fields.add(cur.toString());
    return fields;
  }

  private static String stripBom(String s) {
    if (s == null) {
      throw new IllegalStateException("Empty CSV file");
    }
    return s.startsWith("\ufeff") ? s.substring(1) : s;
  }
}
