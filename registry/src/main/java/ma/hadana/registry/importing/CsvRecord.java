package ma.hadana.registry.importing;

import java.util.List;

/** One CSV record: its fields and the file line it starts on (1-based, header included). */
public record CsvRecord(int line, List<String> fields) {

  public CsvRecord {
    fields = List.copyOf(fields);
  }
}
