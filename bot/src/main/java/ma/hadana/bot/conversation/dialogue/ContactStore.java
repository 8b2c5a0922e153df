package ma.hadana.bot.conversation.dialogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.db.Pipeline;
import ma.hadana.bot.db.SqlArray;
import ma.hadana.bot.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts by (channel, sender key); locking the row serialises one sender's messages. */
@Repository
public class ContactStore {

  /** What an opted-out contact keeps: its key, its opt-out and its last message time. */
  private static final String STRIP_TO_OPT_OUT = "UPDATE contact SET language = NULL,"
      + " language_chosen = false, referral_code = NULL, referred_at = NULL,"
      + " first_seen = last_seen";

  /** The reply languages of a transaction's steps, in one statement. */
  private static final Rows LANGUAGE = new Rows(
      "UPDATE contact AS c SET language = x.l, language_chosen = x.chosen, last_seen = x.t"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::bool[], ?::timestamptz[])"
          + " AS x (ch, k, l, chosen, t) WHERE c.channel = x.ch AND c.sender_key = x.k",
      "text", "text", "text", "bool", "timestamptz");

  private final JdbcClient jdbc;
  private final Pipeline pipeline;

  public ContactStore(JdbcClient jdbc, Pipeline pipeline) {
    this.jdbc = jdbc;
    this.pipeline = pipeline;
  }

  /**
   * Creates each sender's contact if new and locks the rows until the transaction ends, so two
   * instances never interleave one sender's dialogue; rows are locked in key order, so two
   * transactions locking several senders cannot deadlock each other. One statement for all
   * senders (each at most once), sent with the transaction's next query and the writes queued
   * before it (the inbound receipts): call {@code get()} after that query, or it is sent alone.
   */
  public Supplier<Map<Sender, Contact>> lock(List<Sender> senders, List<Instant> at) {
    // ON CONFLICT DO UPDATE locks the existing row (and an inserted row is ours) until the
    // transaction ends. last_seen moves with every message: retention deletes contacts not seen
    // for long.
    return pipeline.queueMap(
            "INSERT INTO contact AS c (channel, sender_key, first_seen, last_seen)"
                + " SELECT ch, k, t, t FROM unnest(?::text[], ?::text[], ?::timestamptz[])"
                + " AS x (ch, k, t) ORDER BY ch, k"
                + " ON CONFLICT (channel, sender_key) DO UPDATE"
                + " SET last_seen = GREATEST(c.last_seen, EXCLUDED.last_seen)"
                + " RETURNING channel, sender_key, (xmax = 0) AS created, language::name AS language,"
                + " language_chosen, opted_out",
            (rs, i) -> {
              String lang = rs.getString("language");
              boolean latin = lang != null && lang.endsWith("-Latn");
              Contact c = new Contact(
                  rs.getString("channel"),
                  rs.getString("sender_key"),
                  lang == null ? null : Language.fromCode(lang.replace("-Latn", "")),
                  latin,
                  rs.getBoolean("language_chosen"),
                  rs.getBoolean("opted_out"),
                  rs.getBoolean("created"));
              return Map.entry(new Sender(c.channel(), c.senderKey()), c);
            },
            SqlArray.of("text", senders.stream().map(Sender::channel).toList()),
            SqlArray.of("text", senders.stream().map(Sender::key).toList()),
            SqlArray.of("timestamptz", at));
  }

  /**
   * Records the reply language; {@code chosen} when the sender asked for it. Written with the
   * step's other writes just before the commit (nothing reads it back in the same step).
   */
  public void language(Contact c, Language language, boolean latin, boolean chosen, Instant now) {
    pipeline.row(LANGUAGE, c.channel(), c.senderKey(), language.code() + (latin ? "-Latn" : ""),
        chosen, now);
  }

  /**
   * Records a reply language the sender did not choose (a referral's), unless they chose one;
   * queued like {@link #language} and after it, so it wins over this step's guess.
   */
  public void suggestLanguage(String channel, String senderKey, String tag) {
    pipeline.write("UPDATE contact SET language = ? WHERE channel = ? AND sender_key = ?"
        + " AND NOT language_chosen", tag, channel, senderKey);
  }

  /**
   * Deletes the contact row: language, referral code, everything but the events. An opted-out
   * contact keeps a bare row (sender key, opt-out, last message time: no number, no text) so
   * nothing proactive reaches it until it sends START again.
   */
  public void forget(String channel, String senderKey) {
    // Queued like the step's language write and after it, so that write cannot refill the row.
    pipeline.write("DELETE FROM contact WHERE channel = ? AND sender_key = ? AND NOT opted_out",
        channel, senderKey);
    pipeline.write(STRIP_TO_OPT_OUT + " WHERE channel = ? AND sender_key = ? AND opted_out",
        channel, senderKey);
  }

  /**
   * Retention: deletes contacts not seen since {@code before}; an opted-out one is stripped to
   * the same bare row as after a deletion request. Returns how many were deleted.
   */
  public int purge(Instant before) {
    Timestamp t = Timestamp.from(before);
    jdbc.sql(STRIP_TO_OPT_OUT + " WHERE last_seen < ? AND opted_out"
            + " AND (language IS NOT NULL OR language_chosen OR referral_code IS NOT NULL"
            + " OR referred_at IS NOT NULL OR first_seen <> last_seen)")
        .params(t).update();
    return jdbc.sql("DELETE FROM contact WHERE last_seen < ? AND NOT opted_out").params(t).update();
  }

  /** Opts the contact out (true) or back in (false). */
  public void optOut(String channel, String senderKey, boolean out, Instant now) {
    jdbc.sql(
            "UPDATE contact SET opted_out = ?, opted_out_at = ?, last_seen = ?"
                + " WHERE channel = ? AND sender_key = ?")
        .params(out, out ? Timestamp.from(now) : null, Timestamp.from(now), channel, senderKey)
        .update();
  }
}
