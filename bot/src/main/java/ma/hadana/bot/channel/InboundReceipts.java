package ma.hadana.bot.channel;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Provider message ids already handled. {@link #first} runs in the transaction of the
 * conversation step, so the step and its receipt commit or roll back together.
 */
@Repository
public class InboundReceipts {

  private final JdbcClient jdbc;

  public InboundReceipts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code providerId} is being handled; false when it already was. A concurrent
   * delivery of the same id waits for the first transaction and then gets false.
   */
  public boolean first(String provider, String providerId, Instant now) {
    return jdbc.sql(
                "INSERT INTO inbound_receipt (provider, provider_id, received_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
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
