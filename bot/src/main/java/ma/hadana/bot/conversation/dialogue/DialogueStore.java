package ma.hadana.bot.conversation.dialogue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import ma.hadana.bot.db.Pipeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Dialogue state per (channel, sender key) in PostgreSQL, so any instance can continue it. */
@Repository
public class DialogueStore {

  private final JdbcClient jdbc;
  private final Pipeline pipeline;
  private final JsonMapper json;
  private final Duration ttl;

  public DialogueStore(JdbcClient jdbc, Pipeline pipeline, JsonMapper json,
      @Value("${hadana.dialogue.ttl:PT24H}") Duration ttl) {
    this.jdbc = jdbc;
    this.pipeline = pipeline;
    this.json = json;
    this.ttl = ttl;
  }

  /**
   * The dialogue, unless it expired. Sends the statements the transaction queued before it (the
   * contact lock), which run first: the dialogue is read once the sender's row is locked.
   *
   * <p>Every parameter has a type the driver knows ({@code timestamptz} from an
   * {@link OffsetDateTime}, not a {@link Timestamp}, which it sends untyped): the driver then has
   * no reason to describe the statement first, and the query travels in the same round trip as
   * the statements queued before it although its result (text) has no fixed width.
   */
  public Optional<DialogueState> load(String channel, String senderKey, Instant now) {
    return pipeline.query(
            "SELECT state FROM dialogue WHERE channel = ? AND sender_key = ? AND expires_at > ?",
            (rs, i) -> rs.getString(1), channel, senderKey, now.atOffset(ZoneOffset.UTC))
        .stream()
        .findFirst()
        .map(s -> json.readValue(s, DialogueState.class));
  }

  /**
   * Saves the dialogue; it expires {@code hadana.dialogue.ttl} after this message. Written with
   * the step's other writes just before the commit.
   */
  public void save(String channel, String senderKey, DialogueState state, Instant now) {
    pipeline.write(
        "INSERT INTO dialogue (channel, sender_key, state, updated_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, sender_key) DO UPDATE"
            + " SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at,"
            + " expires_at = EXCLUDED.expires_at, version = dialogue.version + 1",
        channel, senderKey, json.writeValueAsString(state), Timestamp.from(now),
        Timestamp.from(now.plus(ttl)));
  }

  /** Forgets the dialogue (opt-in again starts afresh). */
  public void delete(String channel, String senderKey) {
    jdbc.sql("DELETE FROM dialogue WHERE channel = ? AND sender_key = ?")
        .params(channel, senderKey)
        .update();
  }
}
