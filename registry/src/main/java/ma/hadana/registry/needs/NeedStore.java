package ma.hadana.registry.needs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code creche_need} table and its append-only {@code creche_need_history}. */
@Repository
class NeedStore {

  private static final String COLUMNS =
      "creche_id, need, value, places, note, recorded_at, recorded_by";
  private static final String ORDER = " ORDER BY creche_id, array_position(ARRAY['"
      + String.join("','", Need.CODES) + "'], need)";

  private final JdbcClient jdbc;

  NeedStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<NeedRecord> forListing(String crecheId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche_need WHERE creche_id = ?" + ORDER)
        .param(crecheId).query(NeedStore::record).list();
  }

  List<NeedRecord> forListings(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche_need WHERE creche_id IN (:ids)" + ORDER)
        .param("ids", ids).query(NeedStore::record).list();
  }

  List<NeedRecord> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche_need" + ORDER)
        .query(NeedStore::record).list();
  }

  /** Ids among {@code ids} that are listings of the registry. */
  List<String> existingListings(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id FROM creche WHERE id IN (:ids)").param("ids", ids)
        .query(String.class).list();
  }

  void put(NeedRecord r, String actor, Instant now) {
    jdbc.sql("INSERT INTO creche_need (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (creche_id, need) DO UPDATE SET value = EXCLUDED.value,"
            + " places = EXCLUDED.places, note = EXCLUDED.note,"
            + " recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by,"
            + " updated_at = EXCLUDED.updated_at")
        .params(r.crecheId(), r.need().code(), r.value(), r.places(), r.note(),
            Date.valueOf(r.recordedAt()), r.recordedBy(), Timestamp.from(now))
        .update();
    history(r, "set", actor, now);
  }

  void remove(NeedRecord r, String actor, Instant now) {
    jdbc.sql("DELETE FROM creche_need WHERE creche_id = ? AND need = ?")
        .params(r.crecheId(), r.need().code()).update();
    history(r, "cleared", actor, now);
  }

  private void history(NeedRecord r, String action, String actor, Instant now) {
    jdbc.sql("INSERT INTO creche_need_history (" + COLUMNS + ", action, changed_at, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.crecheId(), r.need().code(), r.value(), r.places(), r.note(),
            Date.valueOf(r.recordedAt()), r.recordedBy(), action, Timestamp.from(now), actor)
        .update();
  }

  List<NeedChange> history(String crecheId) {
    return jdbc.sql("SELECT " + COLUMNS + ", action, changed_at, changed_by"
            + " FROM creche_need_history WHERE creche_id = ? ORDER BY changed_at DESC, id DESC"
            + " LIMIT 200")
        .param(crecheId)
        .query((rs, i) -> new NeedChange(rs.getTimestamp("changed_at").toInstant(),
            rs.getString("changed_by"), rs.getString("action"), record(rs, i)))
        .list();
  }

  private static NeedRecord record(ResultSet rs, int i) throws SQLException {
    Integer places = rs.getObject("places", Integer.class);
    Date at = rs.getDate("recorded_at");
    return new NeedRecord(rs.getString("creche_id"), Need.fromCode(rs.getString("need")),
        rs.getString("value"), places, rs.getString("note"),
        at == null ? null : at.toLocalDate(), rs.getString("recorded_by"));
  }
}
