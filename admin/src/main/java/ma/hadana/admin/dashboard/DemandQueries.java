package ma.hadana.admin.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Demand statistics from {@code conversation_event} and supply from {@code creche}. */
@Repository
class DemandQueries {

  /** Searches farther than this from the nearest crèche count as unmet demand. */
  static final int FAR_METERS = 5_000;

  /** Events of one week (weeks start on Monday). */
  record Week(LocalDate week, long searches, long obstacles, long notUnderstood, long human) {}

  /** Events of one commune / arrondissement. */
  record Area(String commune, String arrondissement, long searches, long obstacles,
      long notUnderstood, long noResult, long far) {}

  /** A count under a label (an obstacle category, a region and type). */
  record Count(String label, String detail, long count) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  DemandQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp since(int weeks) {
    return Timestamp.from(Instant.now(clock).minus(weeks * 7L, ChronoUnit.DAYS));
  }

  List<Week> weeks(int weeks) {
    return jdbc.sql("SELECT date_trunc('week', occurred_at)::date AS week,"
            + " count(*) FILTER (WHERE kind = 'search') AS s,"
            + " count(*) FILTER (WHERE kind = 'obstacle') AS o,"
            + " count(*) FILTER (WHERE kind = 'not_understood') AS n,"
            + " count(*) FILTER (WHERE kind = 'human') AS h"
            + " FROM conversation_event WHERE occurred_at >= ? GROUP BY 1 ORDER BY 1 DESC")
        .param(since(weeks))
        .query((rs, i) -> new Week(rs.getDate("week").toLocalDate(), rs.getLong("s"),
            rs.getLong("o"), rs.getLong("n"), rs.getLong("h")))
        .list();
  }

  List<Count> obstacles(int weeks) {
    return jdbc.sql("SELECT coalesce(obstacle_category, '') AS label, count(*) AS c"
            + " FROM conversation_event WHERE kind = 'obstacle' AND occurred_at >= ?"
            + " GROUP BY 1 ORDER BY 2 DESC")
        .param(since(weeks))
        .query((rs, i) -> new Count(rs.getString("label"), "", rs.getLong("c")))
        .list();
  }

  /** Areas with the most events; {@code noResult} and {@code far} are the unmet demand. */
  List<Area> areas(int weeks, boolean unmetOnly, int limit) {
    return jdbc.sql("SELECT coalesce(commune, '') AS commune,"
            + " coalesce(arrondissement_id, '') AS arr,"
            + " count(*) FILTER (WHERE kind = 'search') AS s,"
            + " count(*) FILTER (WHERE kind = 'obstacle') AS o,"
            + " count(*) FILTER (WHERE kind = 'not_understood') AS n,"
            + " count(*) FILTER (WHERE kind = 'search' AND results_count = 0) AS zero,"
            + " count(*) FILTER (WHERE kind = 'search' AND results_count > 0"
            + "   AND nearest_meters > :far) AS far"
            + " FROM conversation_event WHERE occurred_at >= :since GROUP BY 1, 2"
            + (unmetOnly ? " HAVING count(*) FILTER (WHERE kind = 'search'"
                + " AND (results_count = 0 OR nearest_meters > :far)) > 0"
                + " ORDER BY 6 + 7 DESC, 3 DESC" : " ORDER BY 3 DESC, 5 DESC")
            + " LIMIT :limit")
        .param("far", FAR_METERS).param("since", since(weeks)).param("limit", limit)
        .query((rs, i) -> new Area(rs.getString("commune"), rs.getString("arr"), rs.getLong("s"),
            rs.getLong("o"), rs.getLong("n"), rs.getLong("zero"), rs.getLong("far")))
        .list();
  }

  /** Active listings per region and type. */
  List<Count> supply() {
    return jdbc.sql("SELECT coalesce(region, '') AS label, type, count(*) AS c FROM creche"
            + " WHERE status = 'active' GROUP BY 1, 2 ORDER BY 1, 2")
        .query((rs, i) -> new Count(rs.getString("label"), rs.getString("type"), rs.getLong("c")))
        .list();
  }
}
