package ma.hadana.bot.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention job on the real database: what identifies a family goes, anonymous events stay. */
@SpringBootTest
class RetentionTest {

  private static final Instant NOW = Instant.parse("2026-06-01T03:17:00Z");
  private static final Instant OLD = NOW.minus(Duration.ofDays(31));
  private static final Instant RECENT = NOW.minus(Duration.ofDays(2));

  @Autowired Retention retention;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void cleanSlate() {
    jdbc.sql("TRUNCATE outbox, inbound_receipt, dialogue, contact, rate_window, conversation_event,"
        + " handover, handover_message").update();
  }

  @Test
  void deletesOldAddressesBodiesReceiptsAndUnseenContactsButKeepsEvents() {
    outbox("sent-old", "sent", OLD);
    outbox("dead-old", "dead", OLD);
    outbox("sent-recent", "sent", RECENT);
    outbox("pending-old", "pending", OLD);
    receipt("old", OLD);
    receipt("recent", RECENT);
    contact("amina", OLD);
    contact("youssef", RECENT);
    dialogue("amina", NOW.minus(Duration.ofHours(1)));
    dialogue("youssef", NOW.plus(Duration.ofHours(20)));
    jdbc.sql("INSERT INTO rate_window VALUES ('sms', 'amina', ?, 21)").params(ts(OLD)).update();
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel) VALUES (?, 'search', 'sms')")
        .params(ts(OLD)).update();

    Retention.Purged p = retention.purge(NOW);

    assertThat(p).isEqualTo(new Retention.Purged(2, 1, 1, 1, 1, 0, 0));
    assertThat(column("SELECT idempotency_key FROM outbox ORDER BY id"))
        .containsExactly("sent-recent", "pending-old");
    assertThat(column("SELECT provider_id FROM inbound_receipt")).containsExactly("recent");
    assertThat(column("SELECT sender_key FROM contact")).containsExactly("youssef");
    assertThat(column("SELECT sender_key FROM dialogue")).containsExactly("youssef");
    assertThat(count("rate_window")).isZero();
    assertThat(count("conversation_event")).isEqualTo(1);
  }

  @Test
  void anOptedOutContactOutlivesRetentionAsABareOptOut() {
    contact("amina", OLD);
    contact("stopped", OLD);
    contact("stopped-lately", RECENT);
    jdbc.sql("UPDATE contact SET opted_out = true, opted_out_at = first_seen, language = 'fr'"
        + " WHERE sender_key LIKE 'stopped%'").update();

    assertThat(retention.purge(NOW).contacts()).isEqualTo(1);

    assertThat(column("SELECT sender_key FROM contact WHERE opted_out ORDER BY sender_key"))
        .containsExactly("stopped", "stopped-lately");
    assertThat(column("SELECT sender_key FROM contact WHERE language IS NULL"
        + " AND referral_code IS NULL")).containsExactly("stopped");
    assertThat(column("SELECT sender_key FROM contact WHERE referral_code = 'R1'"))
        .containsExactly("stopped-lately"); // seen lately: kept whole
  }

  @Test
  void aSecondRunDeletesNothingMore() {
    contact("amina", OLD);
    retention.purge(NOW);
    assertThat(retention.purge(NOW)).isEqualTo(new Retention.Purged(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void deletesHandoversClosedLongAgoWithTheirMessagesAndClosesIdleOnes() {
    long old = handover("closed-long-ago", "closed", null, OLD, OLD);
    long recent = handover("closed-lately", "closed", null, OLD, RECENT);
    long idle = handover("idle", "waiting", "+212600000001", OLD, null);
    long active = handover("active", "handed_over", "+212600000002", RECENT, null);
    for (long id : new long[] {old, recent, idle, active}) {
      jdbc.sql("INSERT INTO handover_message (handover_id, direction, text, at)"
          + " VALUES (?, 'in', 'mon adresse est...', ?)").params(id, ts(OLD)).update();
    }

    assertThat(retention.purge(NOW).handovers()).isEqualTo(1);

    assertThat(column("SELECT sender_key || ':' || state || ':' || coalesce(address, '-')"
        + " FROM handover ORDER BY id"))
        .containsExactly("closed-lately:closed:-", "idle:closed:-", "active:handed_over:+212600000002");
    assertThat(column("SELECT handover_id::text FROM handover_message ORDER BY handover_id"))
        .containsExactly(String.valueOf(recent), String.valueOf(idle), String.valueOf(active));
    // A month later: the two closed ones go; the active one, now idle, is closed (address gone).
    assertThat(retention.purge(NOW.plus(Duration.ofDays(31))).handovers()).isEqualTo(2);
    assertThat(column("SELECT sender_key || ':' || state || ':' || coalesce(address, '-')"
        + " FROM handover")).containsExactly("active:closed:-");
    assertThat(count("handover_message")).isOne();
  }

  private long handover(String key, String state, String address, Instant last, Instant closed) {
    return jdbc.sql("INSERT INTO handover (channel, sender_key, address, language, reason, state,"
            + " opened_at, last_message_at, closed_at) VALUES ('sms', ?, ?, 'fr', 'human', ?, ?, ?, ?)"
            + " RETURNING id")
        .params(key, address, state, ts(last), ts(last), closed == null ? null : ts(closed))
        .query(Long.class).single();
  }

  private void outbox(String key, String status, Instant at) {
    jdbc.sql("INSERT INTO outbox (channel, address, payload, idempotency_key, status,"
            + " next_attempt_at, created_at, updated_at) VALUES ('sms', '+212600000000',"
            + " '{\"text\":\"x\"}'::jsonb, ?, ?, ?, ?, ?)")
        .params(key, status, ts(at), ts(at), ts(at)).update();
  }

  private void receipt(String id, Instant at) {
    jdbc.sql("INSERT INTO inbound_receipt VALUES ('twilio', ?, ?)").params(id, ts(at)).update();
  }

  private void contact(String key, Instant lastSeen) {
    jdbc.sql("INSERT INTO contact (channel, sender_key, first_seen, last_seen, referral_code)"
            + " VALUES ('sms', ?, ?, ?, 'R1')")
        .params(key, ts(lastSeen), ts(lastSeen)).update();
  }

  private void dialogue(String key, Instant expires) {
    jdbc.sql("INSERT INTO dialogue (channel, sender_key, state, updated_at, expires_at)"
            + " VALUES ('sms', ?, '{}'::jsonb, ?, ?)")
        .params(key, ts(expires.minus(Duration.ofDays(1))), ts(expires)).update();
  }

  private java.util.List<String> column(String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.from(i);
  }
}
