package ma.hadana.admin.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.needs.Need;
import ma.hadana.registry.needs.NeedRecord;
import ma.hadana.registry.needs.NeedRules;
import org.springframework.util.MultiValueMap;

/**
 * The needs form: per need a {@code <need>} value (a select, or {@code staff_languages}
 * checkboxes), {@code <need>_places}, {@code <need>_note}; one {@code recorded_at} for the answers
 * changed by this save. A need left blank is cleared.
 */
final class NeedsForm {

  /** What the form holds: field name to text, and the languages ticked. */
  record Values(Map<String, String> fields, List<String> languages) {}

  /** What a submitted form makes: the answers, or the reasons by form field name. */
  record Submitted(Values values, Map<Need, NeedRecord> answers, Map<String, List<String>> errors) {}

  private NeedsForm() {}

  static Values of(List<NeedRecord> records, LocalDate today) {
    Map<String, String> fields = new HashMap<>();
    List<String> languages = new ArrayList<>();
    for (NeedRecord r : records) {
      String code = r.need().code();
      if (r.need() == Need.STAFF_LANGUAGES) {
        languages.addAll(List.of(r.value().split("\\|")));
      } else {
        fields.put(code, r.value() == null ? "" : r.value());
      }
      fields.put(code + "_places", r.places() == null ? "" : r.places().toString());
      fields.put(code + "_note", r.note() == null ? "" : r.note());
    }
    fields.put("recorded_at", today.toString());
    return new Values(fields, languages);
  }

  static Submitted read(String crecheId, MultiValueMap<String, String> params, String who,
      LocalDate today) {
    Map<String, String> fields = new HashMap<>();
    params.forEach((k, v) -> fields.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0)));
    List<String> languages = params.getOrDefault(Need.STAFF_LANGUAGES.code(), List.of())
        .stream().filter(NeedRules.LANGUAGES::contains).distinct().toList();
    Map<Need, NeedRecord> answers = new LinkedHashMap<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Need need : Need.values()) {
      String code = need.code();
      String value = need == Need.STAFF_LANGUAGES ? String.join("|", languages)
          : fields.getOrDefault(code, "");
      String places = fields.getOrDefault(code + "_places", "");
      String note = fields.getOrDefault(code + "_note", "");
      if (value.isBlank() && places.isBlank() && note.isBlank()) {
        continue;
      }
      Map<String, String> raw = new HashMap<>();
      raw.put("creche_id", crecheId);
      raw.put("need", code);
      raw.put("value", value);
      raw.put("places", places);
      raw.put("note", note);
      raw.put("recorded_at", fields.getOrDefault("recorded_at", ""));
      raw.put("recorded_by", who);
      NeedRules.Outcome outcome = NeedRules.check(raw, today);
      if (outcome.valid()) {
        answers.put(need, outcome.record());
      }
      outcome.problems().forEach((column, reasons) -> {
        String field = switch (column) {
          case "value" -> code;
          case "places", "note" -> code + "_" + column;
          default -> column;
        };
        List<String> list = errors.computeIfAbsent(field, f -> new ArrayList<>());
        reasons.stream().filter(r -> !list.contains(r)).forEach(list::add);
      });
    }
    return new Submitted(new Values(fields, languages), answers, errors);
  }
}
