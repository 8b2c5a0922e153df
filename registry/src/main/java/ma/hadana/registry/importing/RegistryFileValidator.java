package ma.hadana.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;
import org.springframework.stereotype.Component;

/**
 * Checks a whole registry CSV file without touching the database: its shape, every row, and
 * that no id appears twice. Every problem is reported, in file order.
 */
@Component
class RegistryFileValidator {

  private static final Comparator<Problem> FILE_ORDER =
      Comparator.comparingInt(Problem::line)
          .thenComparingInt(p -> p.column() == null ? -1 : CrecheFields.NAMES.indexOf(p.column()));

  /** A valid row and the line it came from. */
  record ValidRow(int line, Creche creche) {}

  /** The file checked: its valid rows and every problem; no problem means it may be applied. */
  record Checked(int rowsRead, List<ValidRow> rows, List<Problem> problems) {

    List<String> errors() {
      return problems.stream().map(Problem::message).toList();
    }
  }

  private final CrecheRowValidator rows;

  RegistryFileValidator(CrecheRowValidator rows) {
    this.rows = rows;
  }

  /** Checks a registry CSV file. */
  Checked check(Reader in) throws IOException {
    RegistryCsv.Parsed parsed = RegistryCsv.read(in);
    return check(parsed.recordsRead(), parsed.rows(), parsed.problems());
  }

  /** Checks a registry GeoJSON FeatureCollection (docs/registry-format.md). */
  Checked checkGeoJson(Reader in) {
    RegistryCsv.Parsed parsed = RegistryGeoJson.read(in);
    return check(parsed.recordsRead(), parsed.rows(), parsed.problems());
  }

  /**
   * Checks rows from any source (CSV now, GeoJSON later) on top of the problems its reader found:
   * each row, then ids repeated across rows.
   */
  Checked check(int rowsRead, List<SourceRow> sourceRows, List<Problem> readProblems) {
    List<Problem> problems = new ArrayList<>(readProblems);
    List<ValidRow> valid = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (SourceRow source : sourceRows) {
      CrecheRowValidator.Result result = rows.validate(source);
      problems.addAll(result.problems());
      String id = source.get("id");
      Integer first = id.isEmpty() ? null : firstLine.putIfAbsent(id, source.line());
      if (first != null) {
        problems.add(new Problem(source.line(), "id", "duplicate id, first used on "
            + (source.feature() ? "feature " : "line ") + first, source.feature()));
      } else if (result.creche() != null) {
        valid.add(new ValidRow(source.line(), result.creche()));
      }
    }
    problems.sort(FILE_ORDER);
    return new Checked(rowsRead, valid, problems);
  }
}
