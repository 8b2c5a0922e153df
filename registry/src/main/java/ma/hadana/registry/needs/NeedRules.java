package ma.hadana.registry.needs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one need answer (a needs CSV row or the console form), column name to raw text
 * in, a {@link NeedRecord} or every problem by column out. Reasons are English, in the shapes the
 * registry importer uses, and never repeat the value.
 */
public final class NeedRules {

  /** Columns of the needs CSV, in file order. */
  public static final List<String> COLUMNS =
      List.of("creche_id", "need", "value", "places", "note", "recorded_at", "recorded_by");

  /** Language codes staff may speak: ISO 639 codes of Morocco's and its migrants' languages. */
  public static final List<String> LANGUAGES = List.of("ar", "ary", "ber", "tzm", "shi", "rif",
      "fr", "en", "es", "pt", "wo", "ff", "bm", "snk", "ln", "sw", "ha");

  static final int NOTE_MAX = 500;
  static final int RECORDED_BY_MAX = 200;
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,6}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final List<String> BOOLEANS = List.of("true", "false");

  private NeedRules() {}

  /**
   * A valid answer (and no problems), or the reasons by column (and no answer).
   *
   * @param record the answer; null when any value is wrong
   * @param problems column name to its reasons, in the order found; empty when valid
   */
  public record Outcome(NeedRecord record, Map<String, List<String>> problems) {

    /** True when the values make a valid answer. */
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Checks one answer given as column name to raw text (absent columns count as empty). */
  public static Outcome check(Map<String, String> raw, LocalDate today) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    String crecheId = text(raw, "creche_id");
    if (crecheId == null) {
      add(problems, "creche_id", "is required");
    }
    String needCode = text(raw, "need");
    Need need = null;
    if (needCode == null) {
      add(problems, "need", "is required");
    } else {
      need = Need.fromCode(needCode);
      if (need == null) {
        add(problems, "need", "must be one of " + String.join(", ", Need.CODES));
      }
    }
    String value = text(raw, "value");
    String placesText = text(raw, "places");
    Integer places = null;
    String note = text(raw, "note");
    if (need != null) {
      switch (need.kind()) {
        case YES_NO -> {
          value = bool(problems, value);
          emptyForNeed(problems, "places", placesText);
        }
        case YES_NO_PLACES -> {
          value = bool(problems, value);
          places = places(problems, placesText);
          if (places != null && "false".equals(value)) {
            add(problems, "places", "must be empty when value is false");
          }
        }
        case LANGUAGES -> {
          value = languages(problems, value);
          emptyForNeed(problems, "places", placesText);
        }
        case TEXT -> {
          emptyForNeed(problems, "value", value);
          emptyForNeed(problems, "places", placesText);
          if (note == null) {
            add(problems, "note", "is required");
          }
        }
      }
    }
    if (note != null && note.length() > NOTE_MAX) {
      add(problems, "note", "must be at most " + NOTE_MAX + " characters");
    }
    LocalDate recordedAt = date(problems, text(raw, "recorded_at"), today);
    String recordedBy = text(raw, "recorded_by");
    if (recordedBy == null) {
      add(problems, "recorded_by", "is required");
    } else if (recordedBy.length() > RECORDED_BY_MAX) {
      add(problems, "recorded_by", "must be at most " + RECORDED_BY_MAX + " characters");
    }
    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    return new Outcome(
        new NeedRecord(crecheId, need, value, places, note, recordedAt, recordedBy), Map.of());
  }

  private static String bool(Map<String, List<String>> problems, String value) {
    if (value == null) {
      add(problems, "value", "is required");
    } else if (!BOOLEANS.contains(value)) {
      add(problems, "value", "must be true or false");
    }
    return value;
  }

  private static Integer places(Map<String, List<String>> problems, String text) {
    if (text == null) {
      return null;
    }
    if (!INTEGER.matcher(text).matches()) {
      add(problems, "places", "must be a whole number");
      return null;
    }
    int n = Integer.parseInt(text);
    if (n < 1) {
      add(problems, "places", "must be 1 or more");
      return null;
    }
    return n;
  }

  private static String languages(Map<String, List<String>> problems, String value) {
    if (value == null) {
      add(problems, "value", "is required");
      return null;
    }
    String[] items = value.split(Pattern.quote("|"), -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      if (item.isEmpty()) {
        add(problems, "value", "item " + (i + 1) + " is empty");
      } else if (!LANGUAGES.contains(item)) {
        add(problems, "value", "item " + (i + 1) + " is not one of " + String.join(", ", LANGUAGES));
      } else if (out.contains(item)) {
        add(problems, "value", "item " + (i + 1) + " repeats an earlier item");
      } else {
        out.add(item);
      }
    }
    return String.join("|", out);
  }

  private static LocalDate date(Map<String, List<String>> problems, String text, LocalDate today) {
    if (text == null) {
      add(problems, "recorded_at", "is required");
      return null;
    }
    LocalDate d = null;
    try {
      d = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (d == null) {
      add(problems, "recorded_at", "must be a date written YYYY-MM-DD");
    } else if (d.isAfter(today)) {
      add(problems, "recorded_at", "is in the future (today is " + today + ")");
      return null;
    }
    return d;
  }

  private static void emptyForNeed(Map<String, List<String>> problems, String column, String v) {
    if (v != null) {
      add(problems, column, "must be empty for this need");
    }
  }

  private static String text(Map<String, String> raw, String column) {
    String v = raw.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static void add(Map<String, List<String>> problems, String column, String reason) {
    problems.computeIfAbsent(column, c -> new ArrayList<>()).add(reason);
  }
}
