package ma.hadana.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.registry.creche.CrecheFields;

/**
 * Turns a registry CSV file into rows keyed by column name: checks the header (every column of
 * the format, in any order, nothing else) and that each record has as many fields as the header.
 */
final class RegistryCsv {

  /** The rows that could be split into columns, and what was wrong with the file's shape. */
  record Parsed(List<SourceRow> rows, int recordsRead, List<Problem> problems) {}

  private RegistryCsv() {}

  static Parsed read(Reader in) throws IOException {
    List<CsvRecord> records;
    try {
      records = CsvReader.readAll(in);
    } catch (CsvSyntaxException e) {
      return new Parsed(List.of(), 0, List.of(Problem.atLine(e.line(), e.getMessage())));
    }
    if (records.isEmpty()) {
      return new Parsed(List.of(), 0, List.of(Problem.atLine(1, "the file is empty: no header")));
    }
    CsvRecord header = records.get(0);
    List<String> columns = header.fields().stream().map(String::strip).toList();
    List<Problem> problems = headerProblems(header.line(), columns);
    int dataRecords = records.size() - 1;
    if (!problems.isEmpty()) {
      return new Parsed(List.of(), dataRecords, problems);
    }
    List<SourceRow> rows = new ArrayList<>();
    for (CsvRecord r : records.subList(1, records.size())) {
      if (r.fields().size() != columns.size()) {
        problems.add(
            Problem.atLine(
                r.line(),
                r.fields().size() + " fields where the header has " + columns.size()));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), r.fields().get(i));
      }
      rows.add(new SourceRow(r.line(), values));
    }
    return new Parsed(rows, dataRecords, problems);
  }

  private static List<Problem> headerProblems(int line, List<String> columns) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : columns) {
      if (!CrecheFields.NAMES.contains(c)) {
        problems.add(new Problem(line, c.isEmpty() ? "(empty)" : c, "unknown column"));
      } else if (!seen.add(c)) {
        problems.add(new Problem(line, c, "column appears twice"));
      }
    }
    for (String c : CrecheFields.NAMES) {
      if (!columns.contains(c)) {
        problems.add(new Problem(line, c, "missing column"));
      }
    }
    return problems;
  }
}
