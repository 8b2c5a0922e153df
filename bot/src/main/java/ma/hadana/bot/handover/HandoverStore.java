package ma.hadana.bot.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.conversation.dialogue.DialogueState.Said;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The handover and handover_message tables, shared by the bot's hook and the console's inbox. */
@Repository
class HandoverStore {

  static final String WAITING = "waiting";
  static final String HANDED_OVER = "handed_over";
  static final String CLOSED = "closed";

  /** The open handover of a sender: its id and state. */
  record Open(long id, String state) {}

  /** What the console needs to write to a family: where, in which language, and the state. */
  record Target(long id, String channel, String address, String language, String state) {}

  private final JdbcClient jdbc;

  HandoverStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens a handover; empty when one is already open for this sender. */
  Optional<Long> insert(String channel, String senderKey, String address, String language,
      String reason, String obstacle, String state, Instant now) {
    Timestamp t = Timestamp.from(now);
    return jdbc.sql("INSERT INTO handover (channel, sender_key, address, language, reason,"
            + " obstacle_category, state, opened_at, last_message_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (channel, sender_key) WHERE state <> 'closed' DO NOTHING RETURNING id")
        .params(channel, senderKey, address, language, reason, obstacle, state, t, t)
        .query(Long.class)
        .optional();
  }

  /**
   * Adds messages, in order, and marks the handover active now (a new address replaces the old
   * one), in one statement. Returns the id of the last message added
   * (-1 when there is none).
   */
  long append(long id, List<Said> messages, Long author, String address, Instant now) {
    if (messages.isEmpty()) {
      return -1;
    }
    Timestamp t = Timestamp.from(now);
    String[] by = messages.stream().map(Said::by).toArray(String[]::new);
    String[] texts = messages.stream().map(Said::text).toArray(String[]::new);
    List<Long> ids = jdbc.sql("WITH touched AS (UPDATE handover SET last_message_at = ?,"
            + " address = COALESCE(?, address) WHERE id = ? AND state <> 'closed')"
            + " INSERT INTO handover_message (handover_id, direction, text, author, at)"
            + " SELECT ?, m.direction, m.body, ?, ? FROM unnest(?::text[], ?::text[])"
            + " WITH ORDINALITY AS m(direction, body, n) ORDER BY m.n RETURNING id")
        .params(t, address, id, id, author, t, by, texts)
        .query(Long.class)
        .list();
    return ids.isEmpty() ? -1 : ids.stream().mapToLong(Long::longValue).max().getAsLong();
  }

  /** A person has it: the bot goes quiet (the family asked for one; nobody has taken it yet). */
  void handOver(long id) {
    jdbc.sql("UPDATE handover SET state = 'handed_over' WHERE id = ? AND state <> 'closed'")
        .params(id)
        .update();
  }

  /** A person answered: the bot goes quiet, and the first person to answer takes it. */
  void answered(long id, long user, Instant now) {
    jdbc.sql("UPDATE handover SET state = 'handed_over', taken_by = COALESCE(taken_by, ?),"
            + " taken_at = COALESCE(taken_at, ?) WHERE id = ? AND state <> 'closed'")
        .params(user, Timestamp.from(now), id)
        .update();
  }

  /** Takes the handover for this person, whoever had it. */
  int take(long id, long user, Instant now) {
    return jdbc.sql("UPDATE handover SET state = 'handed_over', taken_by = ?, taken_at = ?"
            + " WHERE id = ? AND state <> 'closed'")
        .params(user, Timestamp.from(now), id)
        .update();
  }

  /** Closes the handover and forgets the raw address; returns the rows changed. */
  int close(long id, Long user, Instant now) {
    return jdbc.sql("UPDATE handover SET state = 'closed', address = NULL, closed_at = ?,"
            + " closed_by = ? WHERE id = ? AND state <> 'closed'")
        .params(Timestamp.from(now), user, id)
        .update();
  }

  /** Locks an open handover for a console action. */
  Optional<Target> lockOpen(long id) {
    return jdbc.sql("SELECT id, channel, address, language, state FROM handover"
            + " WHERE id = ? AND state <> 'closed' FOR UPDATE")
        .params(id)
        .query((rs, i) -> new Target(rs.getLong("id"), rs.getString("channel"),
            rs.getString("address"), rs.getString("language"), rs.getString("state")))
        .optional();
  }

  /** Deletes every handover of a sender with its messages (the sender asked to be forgotten). */
  int forget(String channel, String senderKey) {
    return jdbc.sql("DELETE FROM handover WHERE channel = ? AND sender_key = ?")
        .params(channel, senderKey)
        .update();
  }

  /**
   * Retention: closes handovers idle since {@code before} (clearing their address), then deletes
   * handovers closed before it, with their messages. Returns the handovers deleted.
   */
  int purge(Instant before, Instant now) {
    Timestamp b = Timestamp.from(before);
    jdbc.sql("UPDATE handover SET state = 'closed', address = NULL, closed_at = ?"
            + " WHERE state <> 'closed' AND last_message_at < ?")
        .params(Timestamp.from(now), b)
        .update();
    return jdbc.sql("DELETE FROM handover WHERE state = 'closed' AND closed_at < ?")
        .params(b)
        .update();
  }

  List<InboxItem> list(int limit) {
    return jdbc.sql(ITEM + " WHERE h.state <> 'closed'"
            + " ORDER BY (h.taken_by IS NOT NULL), h.opened_at, h.id LIMIT ?")
        .params(limit)
        .query(HandoverStore::item)
        .list();
  }

  Optional<InboxItem> item(long id) {
    return jdbc.sql(ITEM + " WHERE h.id = ?").params(id).query(HandoverStore::item).optional();
  }

  long waiting() {
    return jdbc.sql("SELECT count(*) FROM handover WHERE state <> 'closed' AND taken_by IS NULL")
        .query(Long.class)
        .single();
  }

  List<InboxMessage> messages(long id) {
    return jdbc.sql("SELECT m.direction, m.text, u.email, m.at FROM handover_message m"
            + " LEFT JOIN console_user u ON u.id = m.author WHERE m.handover_id = ? ORDER BY m.id")
        .params(id)
        .query((rs, i) -> new InboxMessage(rs.getString("direction"), rs.getString("text"),
            rs.getString("email"), rs.getTimestamp("at").toInstant()))
        .list();
  }

  private static final String ITEM = "SELECT h.id, h.channel, h.language, h.reason,"
      + " h.obstacle_category, h.state, h.opened_at, h.last_message_at, u.email AS taken_by,"
      + " h.address IS NOT NULL AS replyable FROM handover h"
      + " LEFT JOIN console_user u ON u.id = h.taken_by";

  private static InboxItem item(ResultSet rs, int i) throws SQLException {
    return new InboxItem(rs.getLong("id"), rs.getString("channel"), rs.getString("language"),
        rs.getString("reason"), rs.getString("obstacle_category"), rs.getString("state"),
        rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("last_message_at").toInstant(),
        rs.getString("taken_by"), rs.getBoolean("replyable"));
  }
}
