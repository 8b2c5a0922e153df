package ma.hadana.registry.importing;

import java.util.List;

/**
 * What an import found or did: rows read, the ids it adds, changes and leaves unchanged, and
 * every error as {@code line N, column C: reason}. With any error nothing is written.
 *
 * @param rowsRead data records in the file (the header not counted)
 * @param added ids of listings that are new to the registry
 * @param changed ids of listings with at least one field that differs
 * @param unchanged ids of listings identical to the registry
 * @param errors every problem found, in file order; empty when the file is valid
 * @param applied true when the changes were written (never for a preview or a file with errors)
 */
public record ImportReport(
    int rowsRead,
    List<String> added,
    List<String> changed,
    List<String> unchanged,
    List<String> errors,
    boolean applied) {

  public ImportReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    unchanged = List.copyOf(unchanged);
    errors = List.copyOf(errors);
  }

  static ImportReport rejected(int rowsRead, List<String> errors) {
    return new ImportReport(rowsRead, List.of(), List.of(), List.of(), errors, false);
  }

  /** True when the file had no error. */
  public boolean valid() {
    return errors.isEmpty();
  }
}
