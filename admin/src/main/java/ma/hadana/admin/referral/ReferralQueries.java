package ma.hadana.admin.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the referral pages read: lists with the listing and the worker, history, workers. */
@Repository
class ReferralQueries {

  static final int PAGE_SIZE = 20;
  private static final String OPEN = "('sent', 'contacted', 'waitlisted')";

  /** One line of the referral list. */
  record Row(long id, String code, String status, String channel, String language,
      String crecheName, String worker, Instant createdAt, Instant updatedAt) {}

  /** A page of the list. */
  record Page(List<Row> rows, int page, boolean hasNext) {
    public boolean hasPrevious() {
      return page > 0;
    }
  }

  /** One status in a referral's history; {@code by} null when the family caused it. */
  record Change(String status, String obstacle, Instant at, String by) {}

  /** A console user who may refer. */
  record Worker(long id, String email) {}

  private final JdbcClient jdbc;

  ReferralQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Long> userId(String email) {
    return jdbc.sql("SELECT id FROM console_user WHERE email = lower(?)").param(email)
        .query(Long.class).optional();
  }

  Optional<String> email(long userId) {
    return jdbc.sql("SELECT email FROM console_user WHERE id = ?").param(userId)
        .query(String.class).optional();
  }

  /** Accounts that may refer, by email. */
  List<Worker> workers() {
    return jdbc.sql("SELECT id, email FROM console_user WHERE role IN ('ADMIN', 'SOCIAL_WORKER')"
            + " ORDER BY email")
        .query((rs, n) -> new Worker(rs.getLong("id"), rs.getString("email"))).list();
  }

  /** Referrals, newest first: open ones only unless {@code all}; one worker's when given. */
  Page page(Long worker, boolean all, int page) {
    int p = Math.max(0, page);
    String where = (all ? "TRUE" : "r.status IN " + OPEN)
        + (worker == null ? "" : " AND r.created_by = :worker");
    var spec = jdbc.sql("SELECT r.id, r.code, r.status, r.channel, r.language, r.created_at,"
            + " r.updated_at, c.name AS creche_name, u.email FROM referral r"
            + " JOIN creche c ON c.id = r.creche_id JOIN console_user u ON u.id = r.created_by"
            + " WHERE " + where + " ORDER BY r.created_at DESC, r.id DESC"
            + " LIMIT :limit OFFSET :offset")
        .param("limit", PAGE_SIZE + 1).param("offset", p * PAGE_SIZE);
    if (worker != null) {
      spec = spec.param("worker", worker);
    }
    List<Row> rows = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"),
        rs.getString("status"), rs.getString("channel"), rs.getString("language"),
        rs.getString("creche_name"), rs.getString("email"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
        .list();
    return new Page(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), p, rows.size() > PAGE_SIZE);
  }

  /** The statuses a referral went through, oldest first. */
  List<Change> history(long id) {
    return jdbc.sql("SELECT s.status, s.obstacle_category, s.at, u.email FROM referral_status s"
            + " LEFT JOIN console_user u ON u.id = s.by_user WHERE s.referral_id = ?"
            + " ORDER BY s.at, s.id")
        .param(id)
        .query((rs, n) -> new Change(rs.getString("status"), rs.getString("obstacle_category"),
            rs.getTimestamp("at").toInstant(), rs.getString("email")))
        .list();
  }
}
