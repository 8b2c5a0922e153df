package ma.hadana.bot.channel.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hadana.bot.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table. Every change a worker makes to a row it claimed is guarded by its claim (the
 * attempt number and the claim's end), so a worker whose claim expired (and was taken over, or
 * given back by {@link #buryAbandoned}) cannot overwrite a newer claim's outcome.
 */
@Repository
class OutboxStore {

  private static final String OPEN = "status IN ('pending', 'sending')";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  OutboxStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts a pending row in the caller's transaction; false when the key is already queued. */
  boolean insert(Channel channel, String address, OutboundPayload payload, String key,
      boolean confirmsOptOut, Instant now) {
    Timestamp t = Timestamp.from(now);
    return jdbc.sql(
                "INSERT INTO outbox (channel, address, payload, idempotency_key, confirms_opt_out,"
                    + " next_attempt_at, created_at, updated_at) VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (idempotency_key) DO NOTHING")
            .params(channel.code(), address, json.writeValueAsString(payload), key, confirmsOptOut,
                t, t, t)
            .update()
        == 1;
  }

  /**
   * Claims up to {@code limit} due rows of a channel: pending rows whose time has come and
   * sending rows whose claim expired. Per recipient only the oldest open row is eligible, and
   * none while the last message to that recipient is more recent than {@code perRecipient}, so
   * one person's messages arrive in order and paced whichever worker sends them.
   */
  List<OutboxMessage> claim(Channel channel, int limit, int maxAttempts, Duration claimTimeout,
      Duration perRecipient, Instant now) {
    return jdbc.sql(
            "UPDATE outbox o SET status = 'sending', attempts = o.attempts + 1,"
                + " next_attempt_at = :until, updated_at = :now, uncalled = o.attempts + 1 >= :max"
                + " FROM (SELECT c.id FROM outbox c"
                + "   WHERE c.channel = :channel AND c." + OPEN + " AND c.next_attempt_at <= :now"
                + "   AND c.attempts < :max"
                + "   AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.channel = c.channel"
                + "     AND e.address = c.address AND e." + OPEN + " AND e.id < c.id)"
                + "   AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.channel = c.channel"
                + "     AND s.address = c.address AND s.status = 'sent' AND s.sent_at > :paceSince)"
                + "   ORDER BY c.id LIMIT :limit FOR UPDATE OF c SKIP LOCKED) picked"
                + " WHERE o.id = picked.id"
                + " RETURNING o.id, o.channel, o.address, o.payload::text AS payload,"
                + " o.idempotency_key, o.attempts, o.confirms_opt_out, o.next_attempt_at AS claimed_until")
        .param("until", Timestamp.from(now.plus(claimTimeout)))
        .param("now", Timestamp.from(now))
        .param("channel", channel.code())
        .param("max", maxAttempts)
        .param("paceSince", Timestamp.from(now.minus(perRecipient)))
        .param("limit", limit)
        .query(this::message)
        .list();
  }

  /**
   * Rows whose claim expired on the last attempt (their worker died or lost the database): those
   * whose provider call may have started are dead-lettered (they may have been sent); those whose
   * call certainly never started go back to the queue, due now, their attempt not counted.
   */
  Abandoned buryAbandoned(int maxAttempts, Instant now) {
    List<Boolean> dead = jdbc.sql(
            "UPDATE outbox SET updated_at = :now,"
                + " status = CASE WHEN uncalled THEN 'pending' ELSE 'dead' END,"
                + " dead_letter = NOT uncalled,"
                + " attempts = CASE WHEN uncalled THEN attempts - 1 ELSE attempts END,"
                + " next_attempt_at = CASE WHEN uncalled THEN :now ELSE next_attempt_at END,"
                + " last_error = CASE WHEN uncalled THEN last_error"
                + "   ELSE COALESCE(last_error, 'claim expired on the last attempt') END,"
                + " uncalled = false"
                + " WHERE status = 'sending' AND next_attempt_at <= :now AND attempts >= :max"
                + " RETURNING dead_letter")
        .param("now", Timestamp.from(now))
        .param("max", maxAttempts)
        .query(Boolean.class)
        .list();
    int buried = (int) dead.stream().filter(Boolean::booleanValue).count();
    return new Abandoned(buried, dead.size() - buried);
  }

  /** What {@link #buryAbandoned} did: rows dead-lettered, and rows queued again unsent. */
  record Abandoned(int buried, int released) {}

  /**
   * Records, before a last attempt's provider call, that the call may now start; false when the
   * row is no longer under this claim (then it must not be sent).
   */
  boolean calling(OutboxMessage m) {
    return underClaim(m, "uncalled = false");
  }

  boolean sent(OutboxMessage m, String providerMessageId, Instant now) {
    return underClaim(m, "status = 'sent', provider_message_id = ?, sent_at = ?, updated_at = ?,"
        + " last_error = NULL", providerMessageId, Timestamp.from(now), Timestamp.from(now));
  }

  boolean retry(OutboxMessage m, String error, Instant at, Instant now) {
    return underClaim(m, "status = 'pending', next_attempt_at = ?, last_error = ?, updated_at = ?,"
        + " uncalled = false", Timestamp.from(at), error, Timestamp.from(now));
  }

  /**
   * Gives back a claim that was not used (nothing was sent): the row is pending and due at
   * {@code due}, and this attempt does not count. False when the row was claimed again meanwhile.
   */
  boolean release(OutboxMessage m, Instant due, Instant now) {
    return underClaim(m, "status = 'pending', attempts = attempts - 1, next_attempt_at = ?,"
        + " updated_at = ?, uncalled = false", Timestamp.from(due), Timestamp.from(now));
  }

  /** Ends a row for good: {@code failed} or {@code dead} (dead-lettered), or {@code opted_out}. */
  boolean finish(OutboxMessage m, String status, String error, Instant now) {
    return underClaim(m, "status = ?, dead_letter = ?, last_error = ?, updated_at = ?", status,
        !"opted_out".equals(status), error, Timestamp.from(now));
  }

  /**
   * {@code UPDATE outbox SET set} with its parameters {@code args}, only while the row is still
   * under {@code m}'s claim (its attempt number and the claim's end); false when it no longer is.
   */
  private boolean underClaim(OutboxMessage m, String set, Object... args) {
    Object[] all = Arrays.copyOf(args, args.length + 3);
    all[args.length] = m.id();
    all[args.length + 1] = m.attempt();
    all[args.length + 2] = Timestamp.from(m.claimedUntil());
    return jdbc.sql("UPDATE outbox SET " + set
            + " WHERE id = ? AND status = 'sending' AND attempts = ? AND next_attempt_at = ?")
        .params(all)
        .update() == 1;
  }

  /**
   * Records a delivery status the provider reported for a message it accepted. Statuses may
   * arrive out of order: a later stage (delivered) is never replaced by an earlier one (sent).
   */
  int delivery(String providerMessageId, String status, String error, Instant now) {
    return jdbc.sql(
            "UPDATE outbox SET delivery_status = :status, delivery_error = :error, updated_at = :now"
                + " WHERE provider_message_id = :id AND " + rank("delivery_status") + " <= :rank")
        .param("status", status)
        .param("error", error)
        .param("now", Timestamp.from(now))
        .param("id", providerMessageId)
        .param("rank", DeliveryStage.rank(status))
        .update();
  }

  private static String rank(String column) {
    StringBuilder sb = new StringBuilder("CASE ").append(column);
    for (DeliveryStage s : DeliveryStage.values()) {
      sb.append(" WHEN '").append(s.name().toLowerCase(Locale.ROOT)).append("' THEN ").append(s.rank);
    }
    return sb.append(" ELSE 0 END").toString();
  }

  Optional<OutboxEntry> find(String key) {
    return jdbc.sql(
            "SELECT id, channel, status, attempts, last_error, provider_message_id,"
                + " delivery_status, delivery_error, dead_letter FROM outbox WHERE idempotency_key = ?")
        .params(key)
        .query((rs, i) -> new OutboxEntry(rs.getLong("id"), rs.getString("channel"),
            rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
            rs.getString("provider_message_id"), rs.getString("delivery_status"),
            rs.getString("delivery_error"), rs.getBoolean("dead_letter")))
        .optional();
  }

  List<DeadLetter> deadLetters(int limit) {
    return jdbc.sql(
            "SELECT id, channel, address, idempotency_key, status, attempts, last_error,"
                + " created_at, updated_at FROM outbox WHERE dead_letter"
                + " ORDER BY updated_at DESC, id DESC LIMIT ?")
        .params(limit)
        .query((rs, i) -> new DeadLetter(rs.getLong("id"), rs.getString("channel"),
            DeadLetter.mask(rs.getString("address")), rs.getString("idempotency_key"), rs.getString("status"), rs.getInt("attempts"),
            rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant()))
        .list();
  }

  /**
   * Puts a dead letter back in the queue as a fresh pending message (attempts from zero, due
   * now), keeping its last error until the next attempt; false when it is no dead letter.
   */
  boolean revive(long id, Instant now) {
    Timestamp t = Timestamp.from(now);
    return jdbc.sql("UPDATE outbox SET status = 'pending', dead_letter = false, attempts = 0,"
                + " uncalled = false, next_attempt_at = ?, updated_at = ? WHERE id = ? AND dead_letter")
            .params(t, t, id)
            .update()
        == 1;
  }

  /** Open (pending or sending) rows per channel: how many, and when the oldest was queued. */
  List<OpenRows> open() {
    return jdbc.sql("SELECT channel, count(*) AS n, min(created_at) AS oldest FROM outbox"
            + " WHERE " + OPEN + " GROUP BY channel")
        .query((rs, i) -> new OpenRows(rs.getString("channel"), rs.getLong("n"),
            rs.getTimestamp("oldest").toInstant()))
        .list();
  }

  record OpenRows(String channel, long count, Instant oldest) {}

  /** Deletes every row to this address, whatever its status (the recipient asked to be forgotten). */
  int deleteRecipient(Channel channel, String address) {
    return jdbc.sql("DELETE FROM outbox WHERE channel = ? AND address = ?")
        .params(channel.code(), address)
        .update();
  }

  /** Deletes finished rows (sent, opted out, failed, dead) last touched before {@code before}. */
  int purgeEnded(Instant before) {
    return jdbc.sql("DELETE FROM outbox WHERE status IN ('sent', 'opted_out', 'failed', 'dead')"
            + " AND updated_at < ?")
        .params(Timestamp.from(before))
        .update();
  }

  /** Deletes sent and opted-out rows last touched before {@code before}. */
  int purgeFinished(Instant before) {
    return jdbc.sql("DELETE FROM outbox WHERE status IN ('sent', 'opted_out') AND updated_at < ?")
        .params(Timestamp.from(before))
        .update();
  }

  private OutboxMessage message(ResultSet rs, int i) throws SQLException {
    return new OutboxMessage(rs.getLong("id"), Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)),
        rs.getString("address"), json.readValue(rs.getString("payload"), OutboundPayload.class),
        rs.getString("idempotency_key"), rs.getInt("attempts"), rs.getBoolean("confirms_opt_out"),
        rs.getTimestamp("claimed_until").toInstant());
  }

  /** Twilio's message statuses in the order they happen. */
  enum DeliveryStage {
    ACCEPTED(1), SCHEDULED(1), QUEUED(1), SENDING(2), SENT(3), DELIVERED(4), UNDELIVERED(4),
    FAILED(4), CANCELED(4), READ(5);

    final int rank;

    DeliveryStage(int rank) {
      this.rank = rank;
    }

    static int rank(String status) {
      for (DeliveryStage s : values()) {
        if (s.name().equalsIgnoreCase(status)) {
          return s.rank;
        }
      }
      return 0;
    }
  }
}
