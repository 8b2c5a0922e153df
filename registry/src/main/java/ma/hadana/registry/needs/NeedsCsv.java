package ma.hadana.registry.needs;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.registry.importing.CsvReader;
import ma.hadana.registry.importing.CsvRecord;
import ma.hadana.registry.importing.CsvSyntaxException;
import ma.hadana.registry.importing.CsvWriter;

/**
 * The needs CSV (docs/registry-format.md): one row per listing and need, RFC 4180, header first.
 * Writes what the importer reads, so an export imports back unchanged.
 */
public final class NeedsCsv {

  /** One data row split into columns, or what was wrong with the file's shape, by line. */
  record Parsed(List<Row> rows, int recordsRead, List<String> errors) {}

  /** Column name to raw text of one data record, and the line it starts on. */
  record Row(int line, Map<String, String> values) {}

  private NeedsCsv() {}

  /** Writes the answers with a header line. */
  public static void write(List<NeedRecord> answers, Writer out) throws IOException {
    out.write(CsvWriter.line(NeedRules.COLUMNS));
    for (NeedRecord r : answers) {
      out.write(CsvWriter.line(Arrays.asList(r.crecheId(), r.need().code(), r.value(),
          r.places() == null ? null : r.places().toString(), r.note(),
          r.recordedAt().toString(), r.recordedBy())));
    }
    out.flush();
  }

  static Parsed read(Reader in) throws IOException {
    List<CsvRecord> records;
    try {
      records = CsvReader.readAll(in);
    } catch (CsvSyntaxException e) {
      return new Parsed(List.of(), 0, List.of("line " + e.line() + ": " + e.getMessage()));
    }
    if (records.isEmpty()) {
      return new Parsed(List.of(), 0, List.of("line 1: the file is empty: no header"));
    }
    CsvRecord header = records.get(0);
    List<String> columns = header.fields().stream().map(String::strip).toList();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : columns) {
      String where = "line " + header.line() + ", column " + (c.isEmpty() ? "(empty)" : c) + ": ";
      if (!NeedRules.COLUMNS.contains(c)) {
        errors.add(where + "unknown column");
      } else if (!seen.add(c)) {
        errors.add(where + "column appears twice");
      }
    }
    for (String c : NeedRules.COLUMNS) {
      if (!columns.contains(c)) {
        errors.add("line " + header.line() + ", column " + c + ": missing column");
      }
    }
    int dataRecords = records.size() - 1;
    if (!errors.isEmpty()) {
      return new Parsed(List.of(), dataRecords, errors);
    }
    List<Row> rows = new ArrayList<>();
    for (CsvRecord r : records.subList(1, records.size())) {
      if (r.fields().size() != columns.size()) {
        errors.add("line " + r.line() + ": " + r.fields().size()
            + " fields where the header has " + columns.size());
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), r.fields().get(i));
      }
      rows.add(new Row(r.line(), values));
    }
    return new Parsed(rows, dataRecords, errors);
  }
}
