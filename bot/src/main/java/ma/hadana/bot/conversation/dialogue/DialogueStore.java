package ma.hadana.bot.conversation.dialogue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.conversation.dialogue.DialogueState.Said;
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
   * the step's other writes just before the commit. The step's texts ({@link DialogueState#said})
   * are appended to the dialogue's recent texts by PostgreSQL (the last
   * {@value DialogueState#RECENT} are kept; an expired dialogue's are dropped), so the state
   * travels without them both ways.
   */
  public void save(String channel, String senderKey, DialogueState state, Instant now) {
    String[] said = state.said().stream().map(s -> s.by() + ":" + s.text()).toArray(String[]::new);
    pipeline.write(
        "INSERT INTO dialogue (channel, sender_key, state, updated_at, expires_at, recent)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, sender_key) DO UPDATE"
            + " SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at,"
            + " expires_at = EXCLUDED.expires_at, version = dialogue.version + 1,"
            + " recent = CASE WHEN dialogue.expires_at <= EXCLUDED.updated_at THEN EXCLUDED.recent"
            + " ELSE (SELECT r[greatest(1, cardinality(r) - " + (DialogueState.RECENT - 1) + "):]"
            + " FROM (SELECT dialogue.recent || EXCLUDED.recent) AS joined (r)) END",
        channel, senderKey, json.writeValueAsString(state), Timestamp.from(now),
        Timestamp.from(now.plus(ttl)), said);
  }

  /**
   * The dialogue's last texts as saved (before this step's), oldest first; empty when it expired.
   * Read only when a person takes over.
   */
  public List<Said> recent(String channel, String senderKey, Instant now) {
    List<String[]> rows = pipeline.query(
        "SELECT recent FROM dialogue WHERE channel = ? AND sender_key = ? AND expires_at > ?",
        (rs, i) -> (String[]) rs.getArray(1).getArray(), channel, senderKey,
        now.atOffset(ZoneOffset.UTC));
    List<Said> out = new ArrayList<>();
    for (String[] texts : rows) {
      for (String t : texts) {
        int colon = t.indexOf(':');
        out.add(new Said(t.substring(0, Math.max(colon, 0)), t.substring(colon + 1)));
      }
    }
    return out;
  }

  /** Forgets the dialogue (opt-in again starts afresh). */
  public void delete(String channel, String senderKey) {
    jdbc.sql("DELETE FROM dialogue WHERE channel = ? AND sender_key = ?")
        .params(channel, senderKey)
        .update();
  }
}
