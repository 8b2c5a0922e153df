package ma.hadana.admin.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;

/**
 * The listing form: one input per registry CSV column, named like the column, holding its CSV
 * text, the problems found per column, and the version the editor read (null for a new one).
 */
final class ListingForm {

  /** How a column is edited: free text, a long text, or one of fixed codes. */
  record Field(String name, String kind, List<String> options) {}

  /** The form's fields, in CSV order. */
  static final List<Field> FIELDS = CrecheFields.NAMES.stream().map(ListingForm::field).toList();

  private ListingForm() {}

  private static Field field(String name) {
    return switch (name) {
      case "type" -> new Field(name, "select", List.of("public", "private", "associative"));
      case "status" -> new Field(name, "select", List.of("active", "temporarily_closed", "closed"));
      case "accepts_undocumented" -> new Field(name, "select", List.of("unknown", "yes", "no"));
      case "meals", "special_needs" -> new Field(name, "select", List.of("", "true", "false"));
      case "notes", "address" -> new Field(name, "textarea", List.of());
      case "last_verified" -> new Field(name, "date", List.of());
      default -> new Field(name, "text", List.of());
    };
  }

  /** The CSV text of every column of a stored listing ("" for none). */
  static Map<String, String> values(Creche c) {
    Map<String, String> out = new LinkedHashMap<>();
    CrecheFields.values(c).forEach((k, v) -> out.put(k, v == null ? "" : v));
    return out;
  }

  /** A blank form for a new listing with a suggested id. */
  static Map<String, String> blank(String id) {
    Map<String, String> out = new LinkedHashMap<>();
    CrecheFields.NAMES.forEach(n -> out.put(n, ""));
    out.put("id", id);
    out.put("status", "active");
    out.put("accepts_undocumented", "unknown");
    return out;
  }

  /** The submitted values of the form's columns, ignoring any other request parameter. */
  static Map<String, String> submitted(Map<String, String> params) {
    Map<String, String> out = new LinkedHashMap<>();
    CrecheFields.NAMES.forEach(n -> out.put(n, params.getOrDefault(n, "")));
    return out;
  }
}
