package ma.hadana.bot.conversation.limit;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts each sender's messages in PostgreSQL, so the limit holds across instances: one fixed
 * window per (channel, sender key), incremented by a single atomic upsert in the caller's
 * transaction.
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
  private final RateLimitProperties props;

  public RateLimiter(JdbcClient jdbc, RateLimitProperties props) {
    this.jdbc = jdbc;
    this.props = props;
  }

  /** Counts one message from this sender at {@code now} and says what to do with it. */
  public Verdict count(String channel, String senderKey, Instant now) {
    if (props.messages() <= 0) {
      return Verdict.ALLOW;
    }
    int n = jdbc.sql(
            "INSERT INTO rate_window AS w (channel, sender_key, window_start, messages)"
                + " VALUES (:channel, :sender, :now, 1) ON CONFLICT (channel, sender_key) DO UPDATE SET"
                + " window_start = CASE WHEN w.window_start <= :expired"
                + "   THEN :now ELSE w.window_start END,"
                + " messages = CASE WHEN w.window_start <= :expired"
                + "   THEN 1 ELSE w.messages + 1 END"
                + " RETURNING messages")
        .param("channel", channel)
        .param("sender", senderKey)
        .param("now", Timestamp.from(now))
        .param("expired", Timestamp.from(now.minus(props.window())))
        .query(Integer.class)
        .single();
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
