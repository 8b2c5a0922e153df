package ma.hadana.registry.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.hadana.registry.creche.Creche;
import org.springframework.stereotype.Component;

/**
 * The registry's row rules for sources other than a file, such as the console's listing form:
 * column name to raw text in, a listing or every problem by column out.
 */
@Component
public class RowValidation {

  private final CrecheRowValidator validator;

  RowValidation(CrecheRowValidator validator) {
    this.validator = validator;
  }

  /**
   * A valid listing (and no problems), or the reasons by column name (and no listing).
   *
   * @param creche the listing built from the values; null when any value is wrong
   * @param problems column name to its reasons, in the order found; empty when valid
   */
  public record Outcome(Creche creche, Map<String, List<String>> problems) {

    /** True when the values make a valid listing. */
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Checks one listing given as column name to raw text (absent columns count as empty). */
  public Outcome check(Map<String, String> values) {
    CrecheRowValidator.Result r = validator.validate(new SourceRow(1, values));
    Map<String, List<String>> byColumn =
        r.problems().stream()
            .collect(Collectors.groupingBy(
                p -> p.column() == null ? "" : p.column(),
                LinkedHashMap::new,
                Collectors.mapping(Problem::reason, Collectors.toList())));
    return new Outcome(r.creche(), byColumn);
  }
}
