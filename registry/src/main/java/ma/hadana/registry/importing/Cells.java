package ma.hadana.registry.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import ma.hadana.registry.creche.CrecheFields;

/** Reads typed values out of one {@link SourceRow}, collecting a {@link Problem} per bad cell. */
final class Cells {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,12})?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final SourceRow row;
  private final List<Problem> problems = new ArrayList<>();

  Cells(SourceRow row) {
    this.row = row;
  }

  void problem(String column, String reason) {
    problems.add(new Problem(row.line(), column, reason, row.feature()));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The trimmed text, or null when empty. */
  String text(String column) {
    String v = row.get(column);
    return v.isEmpty() ? null : v;
  }

  /** The trimmed text; a problem when empty. */
  String required(String column) {
    String v = text(column);
    if (v == null) {
      problem(column, "is required");
    }
    return v;
  }

  /** A whole number in [min, max]; null when empty or bad. */
  Integer integer(String column, int min, int max, boolean required) {
    String v = required ? required(column) : text(column);
    if (v == null) {
      return null;
    }
    if (!INTEGER.matcher(v).matches()) {
      problem(column, "must be a whole number");
      return null;
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      problem(column, max == Integer.MAX_VALUE ? "must be " + min + " or more"
          : "must be between " + min + " and " + max);
      return null;
    }
    return n;
  }

  /** A decimal number written with a point; null when empty or bad. */
  Double decimal(String column, boolean required) {
    String v = required ? required(column) : text(column);
    if (v == null) {
      return null;
    }
    if (!DECIMAL.matcher(v).matches()) {
      problem(column, "must be a decimal number with a point, like 33.5");
      return null;
    }
    return Double.parseDouble(v);
  }

  /** {@code true} or {@code false}; null when empty or bad. */
  Boolean bool(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (!v.equals("true") && !v.equals("false")) {
      problem(column, "must be true or false");
      return null;
    }
    return Boolean.valueOf(v);
  }

  /** One code among {@code allowed}, parsed; null when empty or bad. */
  <E> E code(String column, List<String> allowed, Function<String, E> parse, boolean required) {
    String v = required ? required(column) : text(column);
    if (v == null) {
      return null;
    }
    if (!allowed.contains(v)) {
      problem(column, "must be one of " + String.join(", ", allowed));
      return null;
    }
    return parse.apply(v);
  }

  /** A |-separated list of distinct codes among {@code allowed}; empty when the cell is. */
  List<String> codes(String column, List<String> allowed) {
    String v = text(column);
    if (v == null) {
      return List.of();
    }
    List<String> items = List.of(v.split(Pattern.quote(CrecheFields.LIST_SEPARATOR), -1));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i).strip();
      if (item.isEmpty()) {
        problem(column, "item " + (i + 1) + " is empty");
      } else if (!allowed.contains(item)) {
        problem(column, "item " + (i + 1) + " is not one of " + String.join(", ", allowed));
      } else if (out.contains(item)) {
        problem(column, "item " + (i + 1) + " repeats an earlier item");
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /** An ISO date (YYYY-MM-DD); null when empty or bad. */
  LocalDate date(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      if (DATE.matcher(v).matches()) {
        return LocalDate.parse(v);
      }
    } catch (DateTimeParseException e) {
      // falls through to the problem below
    }
    problem(column, "must be a date written YYYY-MM-DD");
    return null;
  }
}
