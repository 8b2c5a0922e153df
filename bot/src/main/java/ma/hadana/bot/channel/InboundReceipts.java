package ma.hadana.bot.channel;

import java.sql.Timestamp;
import java.time.Instant;
import ma.hadana.bot.db.Pipeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Provider message ids already handled. {@link #first} runs in the transaction of the
 * conversation step, so the step and its receipt commit or roll back together.
 */
@Repository
public class InboundReceipts {

  private static final String INSERT =
      "INSERT INTO inbound_receipt (provider, provider_id, received_at) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private final JdbcClient jdbc;
  private final Pipeline pipeline;

  public InboundReceipts(JdbcClient jdbc, Pipeline pipeline) {
    this.jdbc = jdbc;
    this.pipeline = pipeline;
  }

  /** A receipt claimed in the current transaction; see {@link #claim}. */
  public record Claim(Pipeline.Pending<Integer> insert) {

    /** True when this transaction recorded the id first; false for a redelivery. */
    public boolean first() {
      return insert.get() == 1;
    }
  }

  /**
   * Like {@link #first}, but the insert goes to PostgreSQL with the transaction's next statement
   * (the conversation step's contact lock) instead of its own round trip. A concurrent delivery
   * of the same id still waits for the first transaction; {@link Claim#first} then says false and
   * the caller must roll back whatever it did meanwhile.
   */
  public Claim claim(String provider, String providerId, Instant now) {
    return new Claim(pipeline.write(INSERT, provider, providerId, Timestamp.from(now)));
  }

  /**
   * Records that {@code providerId} is being handled; false when it already was. A concurrent
   * delivery of the same id waits for the first transaction and then gets false.
   */
  public boolean first(String provider, String providerId, Instant now) {
    return jdbc.sql(INSERT)
            .params(provider, providerId, Timestamp.from(now))
            .update()
        == 1;
  }

  /** Forgets receipts older than {@code before} (providers redeliver within minutes). */
  public int purge(Instant before) {
    return jdbc.sql("DELETE FROM inbound_receipt WHERE received_at < ?")
        .params(Timestamp.from(before))
        .update();
  }
}
