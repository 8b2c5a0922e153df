package ma.hadana.bot.conversation.limit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.db.Pipeline;
import ma.hadana.bot.db.SqlArray;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts each sender's messages in PostgreSQL, so the limit holds across instances: one fixed
 * window per (channel, sender key), incremented by a single atomic upsert in the caller's
 * transaction, in the same round trip as the contact lock.
 */
@Service
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimiter {

  /** What to do with a message. */
  public enum Verdict {
    /** Within the limit: answer it. */
    ALLOW,
    /** The first message over the limit: answer with one notice. */
    NOTIFY,
    /** Over the limit and already told: say nothing until the window passes. */
    SILENCE
  }

  private final JdbcClient jdbc;
  private final Pipeline pipeline;
  private final RateLimitProperties props;
  /** The window as an interval literal (a typed text parameter cast to interval). */
  private final String window;

  public RateLimiter(JdbcClient jdbc, Pipeline pipeline, RateLimitProperties props) {
    this.jdbc = jdbc;
    this.pipeline = pipeline;
    this.props = props;
    this.window = props.window().toMillis() + " milliseconds";
  }

  /** One message to count: its sender, when it came, and whether it opts the sender back in. */
  public record Counted(Sender sender, Instant at, boolean optingIn) { }

  /**
   * Counts one message from each sender (each at most once) and says what to do with it,
   * unless the sender's contact row (locked earlier in this transaction) is opted out and the
   * message does not opt back in: a message that is ignored anyway is not counted (no verdict:
   * {@link Verdict#ALLOW}). One statement, which travels with the transaction's next query;
   * {@code get()} the verdicts after it.
   */
  public Supplier<Map<Sender, Verdict>> count(List<Counted> messages) {
    if (props.messages() <= 0 || messages.isEmpty()) {
      return Map::of;
    }
    return pipeline.queueMap(
        "INSERT INTO rate_window AS w (channel, sender_key, window_start, messages)"
            + " SELECT x.ch, x.k, x.t, 1 FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::bool[])"
            + " AS x (ch, k, t, opting_in) WHERE x.opting_in OR NOT EXISTS (SELECT 1 FROM contact c"
            + "   WHERE c.channel = x.ch AND c.sender_key = x.k AND c.opted_out)"
            + " ORDER BY x.ch, x.k"
            + " ON CONFLICT (channel, sender_key) DO UPDATE SET"
            + " window_start = CASE WHEN w.window_start <= EXCLUDED.window_start - ?::interval"
            + "   THEN EXCLUDED.window_start ELSE w.window_start END,"
            + " messages = CASE WHEN w.window_start <= EXCLUDED.window_start - ?::interval"
            + "   THEN 1 ELSE w.messages + 1 END"
            + " RETURNING channel, sender_key, messages",
        (rs, i) -> Map.entry(new Sender(rs.getString(1), rs.getString(2)), verdict(rs.getInt(3))),
        SqlArray.of("text", messages.stream().map(m -> m.sender().channel()).toList()),
        SqlArray.of("text", messages.stream().map(m -> m.sender().key()).toList()),
        SqlArray.of("timestamptz", messages.stream().map(Counted::at).toList()),
        SqlArray.of("bool", messages.stream().map(Counted::optingIn).toList()),
        window, window);
  }

  private Verdict verdict(int n) {
    return n <= props.messages() ? Verdict.ALLOW
        : n == props.messages() + 1 ? Verdict.NOTIFY : Verdict.SILENCE;
  }

  /** Deletes windows that ended before {@code before}; returns how many. */
  public int purge(Instant before) {
    return jdbc.sql("DELETE FROM rate_window WHERE window_start < ?")
        .params(Timestamp.from(before.minus(props.window())))
        .update();
  }
}
