package ma.hadana.registry.creche;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends to {@code creche_audit}: one row per changed field, shaped like HSDS 3.0 metadata. */
@Repository
class CrecheAuditLog {

  /** HSDS {@code last_action_type} values this registry writes. */
  enum Action {
    CREATE,
    UPDATE,
    DEACTIVATE;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final String INSERT =
      "INSERT INTO creche_audit (resource_id, resource_type, last_action_date, last_action_type,"
          + " field_name, previous_value, replacement_value, updated_by)"
          + " VALUES (?, 'creche', ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;

  CrecheAuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the changes of one save, all stamped with the same moment and actor. */
  void record(String id, Action action, List<FieldChange> changes, String actor, Instant when) {
    Timestamp at = Timestamp.from(when);
    jdbc.batchUpdate(
        INSERT,
        changes,
        changes.size(),
        (ps, change) -> {
          ps.setString(1, id);
          ps.setTimestamp(2, at);
          ps.setString(3, action.code());
          ps.setString(4, change.field());
          ps.setString(5, change.previous());
          ps.setString(6, change.replacement());
          ps.setString(7, actor);
        });
  }
}
