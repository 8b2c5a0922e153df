package ma.hadana.admin.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.handover.InboxItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox views the bot's {@code Inbox} does not offer: the open conversations a worker has
 * taken, and the recently closed ones (read only, while retention keeps them).
 */
@Repository
class InboxQueries {

  /** A closed handover: the item, when it closed and who closed it (null: retention or gone). */
  record Closed(InboxItem item, Instant closedAt, String closedBy) {}

  private static final String ITEM = "SELECT h.id, h.channel, h.language, h.reason,"
      + " h.obstacle_category, h.state, h.opened_at, h.last_message_at, u.email AS taken_by,"
      + " h.address IS NOT NULL AS replyable, h.closed_at, c.email AS closed_by FROM handover h"
      + " LEFT JOIN console_user u ON u.id = h.taken_by"
      + " LEFT JOIN console_user c ON c.id = h.closed_by";

  private final JdbcClient jdbc;

  InboxQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Open handovers taken by this console user, the oldest first. */
  List<InboxItem> takenBy(long user, int limit) {
    return jdbc.sql(ITEM + " WHERE h.state <> 'closed' AND h.taken_by = ?"
            + " ORDER BY h.opened_at, h.id LIMIT ?")
        .params(user, limit)
        .query((rs, i) -> item(rs))
        .list();
  }

  /** Handovers closed since {@code since}, the most recently closed first. */
  List<Closed> closedSince(Instant since, int limit) {
    return jdbc.sql(ITEM + " WHERE h.state = 'closed' AND h.closed_at >= ?"
            + " ORDER BY h.closed_at DESC, h.id DESC LIMIT ?")
        .params(Timestamp.from(since), limit)
        .query((rs, i) -> closed(rs))
        .list();
  }

  /** The handover if it is closed. */
  Optional<Closed> closed(long id) {
    return jdbc.sql(ITEM + " WHERE h.state = 'closed' AND h.id = ?")
        .params(id)
        .query((rs, i) -> closed(rs))
        .optional();
  }

  private static Closed closed(ResultSet rs) throws SQLException {
    return new Closed(item(rs), rs.getTimestamp("closed_at").toInstant(),
        rs.getString("closed_by"));
  }

  private static InboxItem item(ResultSet rs) throws SQLException {
    return new InboxItem(rs.getLong("id"), rs.getString("channel"), rs.getString("language"),
        rs.getString("reason"), rs.getString("obstacle_category"), rs.getString("state"),
        rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("last_message_at").toInstant(),
        rs.getString("taken_by"), rs.getBoolean("replyable"));
  }
}
