package ma.hadana.admin.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import ma.hadana.registry.importing.CsvWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The needs assessment of active listings summed by region and type, for the action plan. */
@Repository
class NeedsSummary {

  /** CSV header of the download, one column per field of {@link Row}. */
  static final List<String> COLUMNS = List.of("region", "type", "listings", "assessed",
      "trained_staff_answered", "trained_staff_yes", "trained_staff_percent",
      "places_could_be_added", "fee_support", "accessible");

  /**
   * One region and type.
   *
   * @param assessed listings with at least one need recorded
   * @param trainedAnswered listings where the trained-staff question was answered
   * @param places places that could be added, summed over listings that said so
   */
  record Row(String region, String type, long listings, long assessed, long trainedAnswered,
      long trainedYes, long places, long feeSupport, long accessible) {

    /** Percentage of answered listings with trained staff, rounded; null when none answered. */
    public Long trainedPercent() {
      return trainedAnswered == 0 ? null : Math.round(100.0 * trainedYes / trainedAnswered);
    }
  }

  private final JdbcClient jdbc;

  NeedsSummary(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> rows() {
    return jdbc.sql("SELECT coalesce(c.region, '') AS region, c.type, count(*) AS listings,"
            + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM creche_need n"
            + "   WHERE n.creche_id = c.id)) AS assessed,"
            + " count(t.value) AS trained_answered,"
            + " count(*) FILTER (WHERE t.value = 'true') AS trained_yes,"
            + " coalesce(sum(p.places) FILTER (WHERE p.value = 'true'), 0) AS places,"
            + " count(*) FILTER (WHERE f.value = 'true') AS fee,"
            + " count(*) FILTER (WHERE a.value = 'true') AS accessible"
            + " FROM creche c"
            + " LEFT JOIN creche_need t ON t.creche_id = c.id AND t.need = 'trained_staff'"
            + " LEFT JOIN creche_need p ON p.creche_id = c.id AND p.need = 'more_places'"
            + " LEFT JOIN creche_need f ON f.creche_id = c.id AND f.need = 'fee_support'"
            + " LEFT JOIN creche_need a ON a.creche_id = c.id AND a.need = 'accessibility'"
            + " WHERE c.status = 'active' GROUP BY 1, 2 ORDER BY 1, 2")
        .query((rs, i) -> new Row(rs.getString("region"), rs.getString("type"),
            rs.getLong("listings"), rs.getLong("assessed"), rs.getLong("trained_answered"),
            rs.getLong("trained_yes"), rs.getLong("places"), rs.getLong("fee"),
            rs.getLong("accessible")))
        .list();
  }

  /** The rows as CSV (RFC 4180, header first, codes rather than translated labels). */
  static void csv(List<Row> rows, Writer out) throws IOException {
    out.write(CsvWriter.line(COLUMNS));
    for (Row r : rows) {
      Long percent = r.trainedPercent();
      out.write(CsvWriter.line(Arrays.asList(r.region(), r.type(), "" + r.listings(),
          "" + r.assessed(), "" + r.trainedAnswered(), "" + r.trainedYes(),
          percent == null ? "" : percent.toString(), "" + r.places(), "" + r.feeSupport(),
          "" + r.accessible())));
    }
    out.flush();
  }
}
