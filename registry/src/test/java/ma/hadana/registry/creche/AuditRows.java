package ma.hadana.registry.creche;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads {@code creche_audit} in tests. */
public record AuditRows(JdbcClient jdbc) {

  /** One audit row, without its id and date. */
  public record Row(String action, String field, String previous, String replacement, String by) {}

  /** The audit rows of a listing, oldest first. */
  public List<Row> of(String crecheId) {
    return jdbc.sql("SELECT last_action_type, field_name, previous_value, replacement_value,"
            + " updated_by FROM creche_audit WHERE resource_id = ? ORDER BY id")
        .param(crecheId)
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)))
        .list();
  }

  /** Number of audit rows in all. */
  public long count() {
    return jdbc.sql("SELECT count(*) FROM creche_audit").query(Long.class).single();
  }

  /** Empties the registry between tests (tests only: the app never deletes a listing). */
  public void clearRegistry() {
    jdbc.sql("DELETE FROM creche_need_history").update();
    jdbc.sql("DELETE FROM creche_need").update();
    jdbc.sql("DELETE FROM creche_audit").update();
    jdbc.sql("DELETE FROM creche").update();
  }
}
