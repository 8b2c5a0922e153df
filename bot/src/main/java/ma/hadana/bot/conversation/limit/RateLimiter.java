package ma.hadana.bot.conversation.limit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import ma.hadana.bot.db.Pipeline;
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

  public RateLimiter(JdbcClient jdbc, Pipeline pipeline, RateLimitProperties props) {
    this.jdbc = jdbc;
    this.pipeline = pipeline;
    this.props = props;
  }

  /**
   * Counts one message from this sender at {@code now} and says what to do with it, unless the
   * sender's contact row (locked earlier in this transaction) is opted out and the message does
   * not opt back in ({@code optingIn}): a message that is ignored anyway is not counted. The
   * statement travels with the transaction's next query; {@code get()} the verdict after it.
   */
  public Supplier<Verdict> count(String channel, String senderKey, Instant now, boolean optingIn) {
    if (props.messages() <= 0) {
      return () -> Verdict.ALLOW;
    }
    Timestamp at = Timestamp.from(now);
    Timestamp expired = Timestamp.from(now.minus(props.window()));
    Pipeline.Pending<List<Integer>> counted = pipeline.queue(
        "INSERT INTO rate_window AS w (channel, sender_key, window_start, messages)"
            + " SELECT ?, ?, ?, 1 WHERE ? OR NOT EXISTS (SELECT 1 FROM contact c"
            + "   WHERE c.channel = ? AND c.sender_key = ? AND c.opted_out)"
            + " ON CONFLICT (channel, sender_key) DO UPDATE SET"
            + " window_start = CASE WHEN w.window_start <= ? THEN ? ELSE w.window_start END,"
            + " messages = CASE WHEN w.window_start <= ? THEN 1 ELSE w.messages + 1 END"
            + " RETURNING messages",
        (rs, i) -> rs.getInt(1),
        channel, senderKey, at, optingIn, channel, senderKey, expired, at, expired);
    return () -> {
      List<Integer> n = counted.get();
      return n.isEmpty() ? Verdict.ALLOW : verdict(n.get(0));
    };
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
