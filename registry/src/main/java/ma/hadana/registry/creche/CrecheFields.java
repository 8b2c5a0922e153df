package ma.hadana.registry.creche;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registry CSV columns of a listing, in file order, and each field's text as the CSV writes
 * it: the one textual form shared by the importer, the audit trail and, later, the export.
 */
public final class CrecheFields {

  /** Every column of the registry CSV format, in the order of the format. */
  public static final List<String> NAMES =
      List.of(
          "id", "name", "name_ar", "type", "operator", "region", "province", "commune",
          "arrondissement", "neighbourhood", "address", "lat", "lon", "phone", "age_min_months",
          "age_max_months", "capacity", "places_available", "monthly_fee_mad", "opening_hours",
          "languages", "meals", "accepts_undocumented", "documents_required", "special_needs",
          "last_verified", "status", "notes");

  /** Separator of list values (languages, documents_required) inside one CSV field. */
  public static final String LIST_SEPARATOR = "|";

  private CrecheFields() {}

  /** Column name to CSV text, in format order; null where the listing has no value. */
  public static Map<String, String> values(Creche c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("name_ar", c.nameAr());
    m.put("type", c.type() == null ? null : c.type().code());
    m.put("operator", c.operator());
    m.put("region", c.region());
    m.put("province", c.province());
    m.put("commune", c.commune());
    m.put("arrondissement", c.arrondissement());
    m.put("neighbourhood", c.neighbourhood());
    m.put("address", c.address());
    m.put("lat", decimal(c.lat()));
    m.put("lon", decimal(c.lon()));
    m.put("phone", c.phone());
    m.put("age_min_months", String.valueOf(c.ageMinMonths()));
    m.put("age_max_months", String.valueOf(c.ageMaxMonths()));
    m.put("capacity", text(c.capacity()));
    m.put("places_available", text(c.placesAvailable()));
    m.put("monthly_fee_mad", text(c.monthlyFeeMad()));
    m.put("opening_hours", c.openingHours());
    m.put("languages", list(c.languages()));
    m.put("meals", text(c.meals()));
    m.put("accepts_undocumented", c.acceptsUndocumented().code());
    m.put("documents_required", list(c.documentsRequired()));
    m.put("special_needs", text(c.specialNeeds()));
    m.put("last_verified", text(c.lastVerified()));
    m.put("status", c.status().code());
    m.put("notes", c.notes());
    return m;
  }

  /**
   * The fields whose text differs between two versions of a listing, in format order. With a
   * null {@code before} (a new listing) every field that has a value counts as changed.
   */
  public static List<FieldChange> changes(Creche before, Creche after) {
    Map<String, String> old = before == null ? Map.of() : values(before);
    List<FieldChange> out = new ArrayList<>();
    for (Map.Entry<String, String> e : values(after).entrySet()) {
      String previous = old.get(e.getKey());
      if (!Objects.equals(previous, e.getValue())) {
        out.add(new FieldChange(e.getKey(), previous, e.getValue()));
      }
    }
    return out;
  }

  private static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
  }
}
