package ma.hadana.registry.hsds;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.hours.OpeningHours;

/**
 * One listing as an HSDS 3.0 {@code service} with its organization, service_at_locations →
 * location (and address), phones, schedules, languages, cost_options, required_documents and
 * attributes (the fields HSDS has no column for, tagged with Hadana taxonomy terms) nested, following the mapping of docs/registry-format.md. HSDS ids are UUIDs, so each is
 * derived from the listing id (name-based UUID); the listing id itself is the location's
 * {@code external_identifier}. Values are plain maps and lists, ready for any JSON writer.
 */
public final class HsdsServiceMapper {

  /** The taxonomy of the attribute terms (see docs/registry-format.md). */
  static final String TAXONOMY = "hadana";
  private static final String[] BYDAY = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  private static final Map<String, String> LANGUAGE_NAMES = Map.of(
      "fr", "French", "ar", "Arabic", "ary", "Moroccan Arabic", "tzm", "Central Atlas Tamazight",
      "en", "English", "es", "Spanish");

  private HsdsServiceMapper() {}

  /** The HSDS {@code service} object of a listing. */
  public static Map<String, Object> service(Creche c) {
    String serviceId = uuid("service", c.id());
    String locationId = uuid("location", c.id());
    String salId = uuid("service_at_location", c.id());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", serviceId);
    s.put("organization_id", organizationId(c));
    s.put("name", c.name());
    put(s, "alternate_name", c.nameAr());
    put(s, "description", c.notes());
    s.put("status", status(c.status()));
    put(s, "eligibility_description", switch (c.acceptsUndocumented()) {
      case YES -> "Children without civil-status or residence papers are accepted.";
      case NO -> "Civil-status or residence papers are required.";
      case UNKNOWN -> null;
    });
    s.put("minimum_age", c.ageMinMonths() / 12.0);
    s.put("maximum_age", c.ageMaxMonths() / 12.0);
    put(s, "assured_date", c.lastVerified() == null ? null : c.lastVerified().toString());
    s.put("organization", organization(c));
    s.put("service_at_locations", List.of(serviceAtLocation(c, serviceId, locationId, salId)));
    s.put("phones", phones(c, serviceId));
    s.put("schedules", schedules(c, serviceId));
    s.put("languages", languages(c, serviceId));
    s.put("cost_options", costOptions(c, serviceId));
    s.put("required_documents", documents(c, serviceId));
    s.put("attributes", attributes(c, serviceId));
    return s;
  }

  static String uuid(String kind, String key) {
    return UUID.nameUUIDFromBytes(("hadana:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static String organizationId(Creche c) {
    return c.operator() == null ? uuid("organization", c.id()) : uuid("operator", c.operator());
  }

  private static String status(CrecheStatus status) {
    return switch (status) {
      case ACTIVE -> "active";
      case TEMPORARILY_CLOSED -> "temporarily closed";
      case CLOSED -> "inactive";
    };
  }

  private static Map<String, Object> organization(Creche c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", organizationId(c));
    o.put("name", c.operator() == null ? c.name() : c.operator());
    o.put("description", "Runs the " + c.type().code() + " crèche " + c.name() + ".");
    o.put("legal_status", c.type().code());
    return o;
  }

  private static Map<String, Object> serviceAtLocation(
      Creche c, String serviceId, String locationId, String salId) {
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("id", locationId);
    location.put("location_type", "physical");
    location.put("organization_id", organizationId(c));
    location.put("name", c.name());
    put(location, "alternate_name", c.nameAr());
    location.put("latitude", c.lat());
    location.put("longitude", c.lon());
    location.put("external_identifier", c.id());
    location.put("external_identifier_type", "hadana");
    if (c.address() != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", uuid("address", c.id()));
      a.put("location_id", locationId);
      a.put("address_1", c.address());
      String district = c.arrondissement() != null ? c.arrondissement() : c.neighbourhood();
      put(a, "address_2", district);
      a.put("city", c.commune() == null ? "" : c.commune());
      put(a, "region", c.region());
      a.put("state_province", c.province() == null ? "" : c.province());
      a.put("postal_code", "");
      a.put("country", "MA");
      a.put("address_type", "physical");
      location.put("addresses", List.of(a));
    }
    Map<String, Object> sal = new LinkedHashMap<>();
    sal.put("id", salId);
    sal.put("service_id", serviceId);
    sal.put("location_id", locationId);
    sal.put("location", location);
    return sal;
  }

  private static List<Map<String, Object>> phones(Creche c, String serviceId) {
    if (c.phone() == null) {
      return List.of();
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", uuid("phone", c.id()));
    p.put("service_id", serviceId);
    p.put("number", c.phone());
    p.put("type", "voice");
    return List.of(p);
  }

  /** One WEEKLY schedule per distinct opening interval, with the days that share it. */
  private static List<Map<String, Object>> schedules(Creche c, String serviceId) {
    if (c.openingHours() == null) {
      return List.of();
    }
    OpeningHours hours;
    try {
      hours = OpeningHours.parse(c.openingHours());
    } catch (IllegalArgumentException unreadable) {
      return List.of(); // stored before today's rules; the text alone says nothing machine-readable
    }
    Map<String, List<String>> daysByInterval = new TreeMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      for (int[] iv : hours.intervals(d)) {
        daysByInterval.computeIfAbsent(time(iv[0]) + "-" + time(iv[1]), k -> new ArrayList<>())
            .add(BYDAY[d.ordinal()]);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    daysByInterval.forEach((interval, days) -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", uuid("schedule", c.id() + ":" + interval));
      s.put("service_id", serviceId);
      s.put("freq", "WEEKLY");
      s.put("byday", String.join(",", days));
      s.put("opens_at", interval.substring(0, 5));
      s.put("closes_at", interval.substring(6));
      s.put("description", c.openingHours());
      out.add(s);
    });
    return out;
  }

  private static String time(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }

  private static List<Map<String, Object>> languages(Creche c, String serviceId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String code : c.languages()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", uuid("language", c.id() + ":" + code));
      l.put("service_id", serviceId);
      l.put("name", LANGUAGE_NAMES.getOrDefault(code, code));
      l.put("code", code);
      out.add(l);
    }
    return out;
  }

  private static List<Map<String, Object>> costOptions(Creche c, String serviceId) {
    if (c.monthlyFeeMad() == null) {
      return List.of();
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", uuid("cost_option", c.id()));
    o.put("service_id", serviceId);
    o.put("option", "monthly");
    o.put("currency", "MAD");
    o.put("amount", c.monthlyFeeMad());
    return List.of(o);
  }

  private static List<Map<String, Object>> documents(Creche c, String serviceId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String doc : c.documentsRequired()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", uuid("required_document", c.id() + ":" + doc));
      d.put("service_id", serviceId);
      d.put("document", doc);
      out.add(d);
    }
    return out;
  }

  /**
   * The registry fields without a core HSDS column, as attribute rows linking the service to a
   * term of the Hadana taxonomy, the value as text: capacity, places_available, meals,
   * accepts_undocumented, special_needs. Unknown values are left out.
   */
  private static List<Map<String, Object>> attributes(Creche c, String serviceId) {
    List<Map<String, Object>> out = new ArrayList<>();
    attribute(out, c, serviceId, "capacity", "Number of places", c.capacity());
    attribute(out, c, serviceId, "places_available", "Places available now", c.placesAvailable());
    attribute(out, c, serviceId, "meals", "Meals provided", c.meals());
    attribute(out, c, serviceId, "accepts_undocumented",
        "Children of families without civil-status or residence papers accepted",
        c.acceptsUndocumented() == Undocumented.UNKNOWN ? null : c.acceptsUndocumented().code());
    attribute(out, c, serviceId, "special_needs", "Children with special needs accepted",
        c.specialNeeds());
    return out;
  }

  private static void attribute(List<Map<String, Object>> out, Creche c, String serviceId,
      String code, String description, Object value) {
    if (value == null) {
      return;
    }
    Map<String, Object> term = new LinkedHashMap<>();
    term.put("id", uuid("taxonomy_term", code));
    term.put("code", code);
    term.put("name", code);
    term.put("description", description);
    term.put("taxonomy", TAXONOMY);
    term.put("taxonomy_id", uuid("taxonomy", TAXONOMY));
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", uuid("attribute", c.id() + ":" + code));
    a.put("link_id", serviceId);
    a.put("link_type", "service");
    a.put("link_entity", "service");
    a.put("taxonomy_term_id", term.get("id"));
    a.put("value", String.valueOf(value));
    a.put("taxonomy_term", term);
    out.add(a);
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
