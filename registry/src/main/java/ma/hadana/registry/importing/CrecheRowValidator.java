package ma.hadana.registry.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.hours.OpeningHours;
import org.springframework.stereotype.Component;

/**
 * Checks one row of the registry format (docs/registry-format.md) and builds its {@link Creche},
 * reporting every problem of the row, not just the first.
 */
@Component
class CrecheRowValidator {

  static final int MAX_AGE_MONTHS = 72;
  static final List<String> LANGUAGES = List.of("fr", "ar", "ary", "tzm", "en", "es");
  static final String NO_DOCUMENTS = "none";
  static final List<String> DOCUMENTS =
      List.of("birth_certificate", "vaccination_card", "parent_id", "residence_card", NO_DOCUMENTS);

  private static final List<String> TYPES =
      Arrays.stream(CrecheType.values()).map(CrecheType::code).toList();
  private static final List<String> STATUSES =
      Arrays.stream(CrecheStatus.values()).map(CrecheStatus::code).toList();
  private static final List<String> UNDOCUMENTED =
      Arrays.stream(Undocumented.values()).map(Undocumented::code).toList();
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final int ID_MAX_LENGTH = 40;
  private static final Pattern E164 = Pattern.compile("\\+[0-9]{8,15}");
  private static final double LAT_MIN = 20.7;
  private static final double LAT_MAX = 35.95;

  private final Clock clock;

  CrecheRowValidator(Clock clock) {
    this.clock = clock;
  }

  /** A valid listing (and no problems), or the problems (and no listing). */
  record Result(Creche creche, List<Problem> problems) {}

  Result validate(SourceRow row) {
    Cells c = new Cells(row);
    String id = c.required("id");
    if (id != null && (!ID.matcher(id).matches() || id.length() > ID_MAX_LENGTH)) {
      c.problem("id", "must be capital letters and digits in groups joined by hyphens, like"
          + " CR-00001 (at most " + ID_MAX_LENGTH + " characters)");
    }
    String name = c.required("name");
    CrecheType type = c.code("type", TYPES, CrecheType::fromCode, true);
    Double lat = c.decimal("lat", true);
    Double lon = c.decimal("lon", true);
    checkPosition(c, lat, lon);
    String phone = c.text("phone");
    checkPhone(c, phone);
    Integer ageMin = c.integer("age_min_months", 0, MAX_AGE_MONTHS, true);
    Integer ageMax = c.integer("age_max_months", 0, MAX_AGE_MONTHS, true);
    if (ageMin != null && ageMax != null && ageMax < ageMin) {
      c.problem("age_max_months", "must not be below age_min_months");
    }
    Integer capacity = c.integer("capacity", 0, Integer.MAX_VALUE, false);
    Integer places = c.integer("places_available", 0, Integer.MAX_VALUE, false);
    if (capacity != null && places != null && places > capacity) {
      c.problem("places_available", "must not exceed capacity");
    }
    Integer fee = c.integer("monthly_fee_mad", 0, Integer.MAX_VALUE, false);
    String hours = c.text("opening_hours");
    String hoursProblem = hours == null ? null : OpeningHours.problem(hours);
    if (hoursProblem != null) {
      c.problem("opening_hours", "not valid opening_hours syntax: " + hoursProblem);
    }
    List<String> languages = c.codes("languages", LANGUAGES);
    Boolean meals = c.bool("meals");
    Undocumented undocumented = c.code(
        "accepts_undocumented", UNDOCUMENTED, Undocumented::fromCode, false);
    List<String> documents = c.codes("documents_required", DOCUMENTS);
    if (documents.contains(NO_DOCUMENTS) && documents.size() > 1) {
      c.problem("documents_required", NO_DOCUMENTS + " cannot be combined with documents");
    }
    Boolean specialNeeds = c.bool("special_needs");
    LocalDate verified = c.date("last_verified");
    LocalDate today = LocalDate.now(clock);
    if (verified != null && verified.isAfter(today)) {
      c.problem("last_verified", "is in the future (today is " + today + ")");
    }
    CrecheStatus status = c.code("status", STATUSES, CrecheStatus::fromCode, true);
    if (!c.problems().isEmpty()) {
      return new Result(null, c.problems());
    }
    Creche creche = new Creche(id, name, c.text("name_ar"), type, c.text("operator"),
        c.text("region"), c.text("province"), c.text("commune"), c.text("arrondissement"),
        c.text("neighbourhood"), c.text("address"), lat, lon, phone, ageMin, ageMax, capacity,
        places, fee, hours, languages, meals, undocumented, documents, specialNeeds, verified,
        status, c.text("notes"));
    return new Result(creche, List.of());
  }

  private static void checkPosition(Cells c, Double lat, Double lon) {
    if (lat == null || lon == null) {
      return;
    }
    if (lat < LAT_MIN || lat > LAT_MAX) {
      boolean swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180
          && new GeoPoint(lon, lat).inMorocco();
      c.problem("lat", "outside Morocco: must be between " + LAT_MIN + " and " + LAT_MAX
          + (swapped ? " (lat and lon look swapped)" : ""));
    } else if (lon < -180 || lon > 180 || !new GeoPoint(lat, lon).inMorocco()) {
      c.problem("lon", "outside Morocco at this latitude");
    }
  }

  private static void checkPhone(Cells c, String phone) {
    if (phone == null) {
      return;
    }
    if (!E164.matcher(phone).matches()) {
      c.problem("phone", "must be in E.164 form: + then 8 to 15 digits, no spaces");
    } else if (phone.startsWith("+212") && phone.length() != 4 + 9) {
      c.problem("phone", "a Moroccan number has 9 digits after +212");
    }
  }
}
