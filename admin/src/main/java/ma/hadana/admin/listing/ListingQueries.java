package ma.hadana.admin.listing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.hadana.registry.creche.CrecheRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL behind the listings table and the change history of a listing. */
@Repository
class ListingQueries {

  static final int PAGE_SIZE = 25;
  static final int STALE_MONTHS = 6;

  /** One field change of the audit trail. */
  record Change(Instant at, String action, String field, String previous, String replacement,
      String by) {}

  private final JdbcClient jdbc;
  private final CrecheRepository creches;
  private final Clock clock;

  ListingQueries(JdbcClient jdbc, CrecheRepository creches, Clock clock) {
    this.jdbc = jdbc;
    this.creches = creches;
    this.clock = clock;
  }

  /** The date before which a listing counts as not verified for too long. */
  LocalDate staleBefore() {
    return LocalDate.now(clock).minusMonths(STALE_MONTHS);
  }

  ListingPage search(ListingFilter f) {
    List<String> ids = f.q().isEmpty() ? List.of() : creches.idsMatching(f.q());
    if (!f.q().isEmpty() && ids.isEmpty()) {
      return new ListingPage(List.of(), 0, f.page(), PAGE_SIZE);
    }
    String order = switch (f.sort()) {
      case "commune" -> "commune NULLS LAST, name";
      case "last_verified" -> "last_verified NULLS FIRST, name";
      case "updated_at" -> "updated_at DESC, name";
      default -> "name";
    };
    List<Object[]> raw = jdbc.sql(
            "SELECT id, name, name_ar, type, commune, arrondissement, status, last_verified, lat,"
                + " lon, count(*) OVER () AS total FROM creche"
                + " WHERE (:q = '' OR id = ANY(:ids))"
                + " AND (:type = '' OR type = :type) AND (:status = '' OR status = :status)"
                + " AND (NOT :stale OR last_verified IS NULL OR last_verified < :before)"
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
        .param("q", f.q()).param("ids", ids.toArray(String[]::new)).param("type", f.type())
        .param("status", f.status()).param("stale", f.stale())
        .param("before", Date.valueOf(staleBefore()))
        .param("limit", PAGE_SIZE).param("offset", f.page() * PAGE_SIZE)
        .query((rs, n) -> {
          Date verified = rs.getDate("last_verified");
          ListingRow row = new ListingRow(rs.getString("id"), rs.getString("name"),
              rs.getString("name_ar"), rs.getString("type"), rs.getString("commune"),
              rs.getString("arrondissement"), rs.getString("status"),
              verified == null ? null : verified.toLocalDate(), rs.getDouble("lat"),
              rs.getDouble("lon"));
          return new Object[] {row, rs.getLong("total")};
        })
        .list();
    long total = raw.isEmpty() ? count(f) : (Long) raw.get(0)[1];
    return new ListingPage(raw.stream().map(r -> (ListingRow) r[0]).toList(), total, f.page(),
        PAGE_SIZE);
  }

  /** Total when the page asked is past the end (the window count is then unavailable). */
  private long count(ListingFilter f) {
    return f.page() == 0 ? 0 : search(new ListingFilter(f.q(), f.type(), f.status(), f.stale(),
        f.sort(), 0)).total();
  }

  List<Change> history(String id) {
    return jdbc.sql("SELECT last_action_date, last_action_type, field_name, previous_value,"
            + " replacement_value, updated_by FROM creche_audit WHERE resource_id = ?"
            + " ORDER BY last_action_date DESC, id DESC LIMIT 200")
        .param(id)
        .query((rs, n) -> new Change(
            rs.getTimestamp("last_action_date").toInstant(),
            rs.getString("last_action_type"), rs.getString("field_name"),
            rs.getString("previous_value"), rs.getString("replacement_value"),
            rs.getString("updated_by")))
        .list();
  }

  /** A free id of the form CR-NNNNN, one above the highest numbered listing. */
  String nextId() {
    long max = jdbc.sql("SELECT coalesce(max(substring(id FROM 4)::bigint), 0) FROM creche"
            + " WHERE id ~ '^CR-[0-9]{1,12}$'")
        .query(Long.class).single();
    return String.format("CR-%05d", max + 1);
  }
}
