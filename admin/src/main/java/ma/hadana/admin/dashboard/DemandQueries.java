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
  /**
   * Unmet demand, each search in one part only: no result; nearest beyond {@link #FAR_METERS}
   * ({@code :far}); nearest within reach but without a free place.
   */
  private static final String NO_RESULT = "results_count = 0";
  private static final String FAR = "results_count > 0 AND nearest_meters > :far";
  private static final String FULL =
      "results_count > 0 AND nearest_full AND NOT coalesce(nearest_meters > :far, false)";

  /** Events of one week (weeks start on Monday). */
  record Week(LocalDate week, long searches, long obstacles, long notUnderstood, long human) {}

  /** Events of one commune / arrondissement. */
  record Area(String commune, String arrondissement, long searches, long obstacles,
      long notUnderstood, long noResult, long far, long full) {}

  /** A count under a label (an obstacle category, a region and type). */
  record Count(String label, String detail, long count) {}

  /** Searches and all events under one language or channel code. */
  record Share(String label, long searches, long events) {}

  /** Obstacles of one category at one place, as the events locate it (any part may be empty). */
  record ObstacleAt(String category, String placeId, String arrondissement, String commune,
      long count) {}

  /**
   * Searches at one place, as the events locate it (any part may be empty), with their unmet
   * part counted as in {@link #areas}: no result, nearest too far, nearest within reach but full.
   */
  record SearchAt(String placeId, String arrondissement, String commune, long searches,
      long noResult, long far, long full) {}

  /** Active listings of one type by how long ago they were last verified. */
  record Verification(String type, long underSix, long sixToTwelve, long overTwelve, long never) {}

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

  /**
   * Areas with the most events; {@code noResult}, {@code far} and {@code full} (nearest within
   * reach but without a free place) are the unmet demand, each search counted once.
   */
  List<Area> areas(int weeks, boolean unmetOnly, int limit) {
    return jdbc.sql("SELECT coalesce(commune, '') AS commune,"
            + " coalesce(arrondissement_id, '') AS arr,"
            + " count(*) FILTER (WHERE kind = 'search') AS s,"
            + " count(*) FILTER (WHERE kind = 'obstacle') AS o,"
            + " count(*) FILTER (WHERE kind = 'not_understood') AS n,"
            + " count(*) FILTER (WHERE kind = 'search' AND " + NO_RESULT + ") AS zero,"
            + " count(*) FILTER (WHERE kind = 'search' AND " + FAR + ") AS far,"
            + " count(*) FILTER (WHERE kind = 'search' AND " + FULL + ") AS full"
            + " FROM conversation_event WHERE occurred_at >= :since GROUP BY 1, 2"
            + (unmetOnly ? " HAVING count(*) FILTER (WHERE kind = 'search'"
                + " AND (" + NO_RESULT + " OR " + FAR + " OR " + FULL + ")) > 0"
                + " ORDER BY 6 + 7 + 8 DESC, 3 DESC" : " ORDER BY 3 DESC, 5 DESC")
            + " LIMIT :limit")
        .param("far", FAR_METERS).param("since", since(weeks)).param("limit", limit)
        .query((rs, i) -> new Area(rs.getString("commune"), rs.getString("arr"), rs.getLong("s"),
            rs.getLong("o"), rs.getLong("n"), rs.getLong("zero"), rs.getLong("far"),
            rs.getLong("full")))
        .list();
  }

  /** Events and searches per value of {@code column}: {@code language} or {@code channel}. */
  List<Share> shares(String column, int weeks) {
    if (!column.equals("language") && !column.equals("channel")) {
      throw new IllegalArgumentException(column);
    }
    return jdbc.sql("SELECT coalesce(" + column + ", '') AS label,"
            + " count(*) FILTER (WHERE kind = 'search') AS s, count(*) AS e"
            + " FROM conversation_event WHERE occurred_at >= ? GROUP BY 1 ORDER BY 3 DESC, 1")
        .param(since(weeks))
        .query((rs, i) -> new Share(rs.getString("label"), rs.getLong("s"), rs.getLong("e")))
        .list();
  }

  /** Obstacles per category and place; {@link Regions} turns the places into regions. */
  List<ObstacleAt> obstaclePlaces(int weeks) {
    return jdbc.sql("SELECT coalesce(obstacle_category, '') AS cat, coalesce(place_id, '') AS p,"
            + " coalesce(arrondissement_id, '') AS arr, coalesce(commune, '') AS commune,"
            + " count(*) AS c FROM conversation_event WHERE kind = 'obstacle'"
            + " AND occurred_at >= ? GROUP BY 1, 2, 3, 4")
        .param(since(weeks))
        .query((rs, i) -> new ObstacleAt(rs.getString("cat"), rs.getString("p"),
            rs.getString("arr"), rs.getString("commune"), rs.getLong("c")))
        .list();
  }

  /** Searches per place with their unmet part; {@link Regions} turns the places into regions. */
  List<SearchAt> searchPlaces(int weeks) {
    return jdbc.sql("SELECT coalesce(place_id, '') AS p, coalesce(arrondissement_id, '') AS arr,"
            + " coalesce(commune, '') AS commune, count(*) AS s,"
            + " count(*) FILTER (WHERE " + NO_RESULT + ") AS zero,"
            + " count(*) FILTER (WHERE " + FAR + ") AS far,"
            + " count(*) FILTER (WHERE " + FULL + ") AS full"
            + " FROM conversation_event WHERE kind = 'search' AND occurred_at >= :since"
            + " GROUP BY 1, 2, 3")
        .param("far", FAR_METERS).param("since", since(weeks))
        .query((rs, i) -> new SearchAt(rs.getString("p"), rs.getString("arr"),
            rs.getString("commune"), rs.getLong("s"), rs.getLong("zero"), rs.getLong("far"),
            rs.getLong("full")))
        .list();
  }

  /** Active listings per type by verification age: under 6 months, 6 to 12, over 12, never. */
  List<Verification> verification() {
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql("SELECT type,"
            + " count(*) FILTER (WHERE last_verified > :six) AS a,"
            + " count(*) FILTER (WHERE last_verified <= :six AND last_verified > :twelve) AS b,"
            + " count(*) FILTER (WHERE last_verified <= :twelve) AS c,"
            + " count(*) FILTER (WHERE last_verified IS NULL) AS n"
            + " FROM creche WHERE status = 'active' GROUP BY 1 ORDER BY 1")
        .param("six", java.sql.Date.valueOf(today.minusMonths(6)))
        .param("twelve", java.sql.Date.valueOf(today.minusMonths(12)))
        .query((rs, i) -> new Verification(rs.getString("type"), rs.getLong("a"),
            rs.getLong("b"), rs.getLong("c"), rs.getLong("n")))
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
