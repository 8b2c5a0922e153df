package ma.hadana.bot.conversation.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.conversation.dialogue.DialogueState.Said;
import ma.hadana.bot.db.Pipeline;
import ma.hadana.bot.db.SqlArray;
import ma.hadana.bot.db.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Dialogue state per (channel, sender key) in PostgreSQL, so any instance can continue it. */
@Repository
public class DialogueStore {

  /**
   * The dialogues a transaction's steps save (each sender at most once). The recent texts of a
   * step travel as a JSON array per row: an array column cannot hold one array per row.
   */
  private static final Rows SAVE = new Rows(
      "INSERT INTO dialogue AS d (channel, sender_key, state, updated_at, expires_at, recent)"
          + " SELECT ch, k, s, u, e, ARRAY(SELECT jsonb_array_elements_text(r::jsonb))"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],"
          + " ?::text[]) AS x (ch, k, s, u, e, r) ORDER BY ch, k"
          + " ON CONFLICT (channel, sender_key) DO UPDATE"
          + " SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at,"
          + " expires_at = EXCLUDED.expires_at, version = d.version + 1,"
          + " recent = CASE WHEN d.expires_at <= EXCLUDED.updated_at THEN EXCLUDED.recent"
          + " ELSE (SELECT r[greatest(1, cardinality(r) - " + (DialogueState.RECENT - 1) + "):]"
          + " FROM (SELECT d.recent || EXCLUDED.recent) AS joined (r)) END",
      "text", "text", "text", "timestamptz", "timestamptz", "text");

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
   * The senders' dialogues that have not expired (each sender at most once; no entry for one
   * without). One query, sent with the statements the transaction queued before it (the contact
   * locks), which run first: the dialogues are read once their senders' rows are locked. Call
   * {@code get()} once all the step's reads are queued.
   *
   * <p>Every parameter is typed (arrays of known types): the driver has no reason to describe
   * the statement first, and the query travels in the same round trip as the statements queued
   * before it although its result (text) has no fixed width.
   */
  public Supplier<Map<Sender, DialogueState>> load(List<Sender> senders, List<Instant> at) {
    return pipeline.queueMap(
        "SELECT d.channel, d.sender_key, d.state FROM dialogue d"
            + " JOIN unnest(?::text[], ?::text[], ?::timestamptz[]) AS x (ch, k, t)"
            + " ON d.channel = x.ch AND d.sender_key = x.k WHERE d.expires_at > x.t",
        (rs, i) -> Map.entry(new Sender(rs.getString(1), rs.getString(2)),
            json.readValue(rs.getString(3), DialogueState.class)),
        SqlArray.of("text", senders.stream().map(Sender::channel).toList()),
        SqlArray.of("text", senders.stream().map(Sender::key).toList()),
        SqlArray.of("timestamptz", at));
  }

  /**
   * Saves the dialogue; it expires {@code hadana.dialogue.ttl} after this message. Written with
   * the step's other writes just before the commit, in one statement with the other steps' of
   * the transaction. The step's texts ({@link DialogueState#said}) are appended to the
   * dialogue's recent texts by PostgreSQL (the last {@value DialogueState#RECENT} are kept; an
   * expired dialogue's are dropped), so the state travels without them both ways.
   */
  public void save(String channel, String senderKey, DialogueState state, Instant now) {
    String[] said = state.said().stream().map(s -> s.by() + ":" + s.text()).toArray(String[]::new);
    pipeline.row(SAVE, channel, senderKey, json.writeValueAsString(state), now, now.plus(ttl),
        json.writeValueAsString(said));
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
