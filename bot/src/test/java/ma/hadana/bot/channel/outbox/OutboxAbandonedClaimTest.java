package ma.hadana.bot.channel.outbox;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.OutboxTestSupport.onePass;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim on a message's last attempt that expires (its worker died or lost the database) is
 * dead-lettered only if its provider call may have started; one whose call never started is
 * queued again, its attempt not counted, and sent once. Time is moved by clocks, never by sleeping.
 */
class OutboxAbandonedClaimTest extends ChannelTest {

  static final Duration CLAIM = OutboxClaimTest.CLAIM;
  static final int MAX_ATTEMPTS = 3;

  @Autowired Outbox outbox;
  @Autowired OutboxStore store;
  @Autowired List<OutboundSender> senders;
  @Autowired Contacts contacts;
  @Autowired InboundReceipts receipts;
  @Autowired Clock clock;
  @Autowired OutboxMetrics metrics;
  @Autowired DataSource dataSource;
  @Autowired JsonMapper json;

  OutboxProperties props() {
    return new OutboxProperties(true, Duration.ofMillis(20), 20, 4, MAX_ATTEMPTS,
        Duration.ofMillis(20), Duration.ofMillis(100), CLAIM, OutboxClaimTest.MARGIN, Duration.ofDays(7));
  }

  OutboxWorker worker(Clock at) {
    return new OutboxWorker(store, senders, contacts, receipts, props(), metrics, at);
  }

  Delivery delivery(OutboxStore through, Clock at) {
    Map<Channel, OutboundSender> telegram = new EnumMap<>(Channel.class);
    telegram.put(Channel.TELEGRAM, senders.stream()
        .filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow());
    return new Delivery(through, telegram, contacts, props(), metrics, at);
  }

  long rows(String where) {
    return jdbc.sql("SELECT count(*) FROM outbox WHERE " + where).query(Long.class).single();
  }

  /** Queues a message and claims it as worker A would, with {@code before} attempts already made. */
  OutboxMessage claim(String chat, String key, int before, Instant at) {
    outbox.enqueue(Channel.TELEGRAM, chat, reply(key), key);
    jdbc.sql("UPDATE outbox SET attempts = ?, next_attempt_at = ? WHERE idempotency_key = ?")
        .params(before, Timestamp.from(at), key).update();
    OutboxMessage m = store.claim(Channel.TELEGRAM, 5, MAX_ATTEMPTS, CLAIM, Duration.ZERO, at).get(0);
    assertThat(m.attempt()).isEqualTo(before + 1);
    return m;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static Clock at(Instant t) {
    return Clock.fixed(t, ZoneOffset.UTC);
  }

  @Test
  void anExpiredLastAttemptClaimWhoseCallNeverStartedIsQueuedAgainUncountedAndSentOnce() {
    Instant t0 = now();
    OutboxMessage a = claim("70101", "never-called", 2, t0); // worker A hangs before the call
    // B's pass: not buried, queued again, then sent.
    assertThat(onePass(worker(at(t0.plus(CLAIM).plusSeconds(1))))).isEqualTo(1);
    assertThat(OutboxWorkerTest.texts()).containsExactly("never-called");
    OutboxEntry row = outbox.find("never-called").orElseThrow();
    assertThat(row.status()).isEqualTo("sent");
    assertThat(row.attempts()).as("A's unused attempt not counted").isEqualTo(3);
    assertThat(row.deadLetter()).isFalse();
    // A comes back, its own clock still inside its claim: the claim is gone, A sends nothing.
    delivery(store, at(t0)).deliver(a);
    assertThat(OutboxWorkerTest.texts()).containsExactly("never-called");
    assertThat(outbox.find("never-called").orElseThrow().status()).isEqualTo("sent");
  }

  @Test
  void anExpiredLastAttemptClaimWhoseCallMayHaveStartedIsStillDeadLettered() {
    Instant t0 = now();
    OutboxMessage a = claim("70102", "maybe-called", 2, t0);
    assertThat(store.calling(a)).isTrue(); // A is about to call the provider, then hangs
    assertThat(onePass(worker(at(t0.plus(CLAIM).plusSeconds(1))))).isZero();
    assertThat(requests(OutboxWorkerTest.SEND)).isEmpty();
    OutboxEntry row = outbox.find("maybe-called").orElseThrow();
    assertThat(row.status()).isEqualTo("dead");
    assertThat(row.deadLetter()).isTrue();
    assertThat(row.attempts()).isEqualTo(3);
    assertThat(row.lastError()).isEqualTo("claim expired on the last attempt");
    assertThat(outbox.deadLetters(10)).extracting(DeadLetter::idempotencyKey).contains("maybe-called");
  }

  @Test
  void anExpiredClaimBeforeTheLastAttemptIsTakenOverAsBefore() {
    Instant t0 = now();
    claim("70103", "not-last", 1, t0);
    assertThat(rows("idempotency_key = 'not-last' AND NOT uncalled"))
        .as("a claim before the last may call the provider unmarked").isEqualTo(1);
    assertThat(onePass(worker(at(t0.plus(CLAIM).plusSeconds(1))))).isEqualTo(1);
    assertThat(OutboxWorkerTest.texts()).containsExactly("not-last");
    assertThat(outbox.find("not-last").orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void theFirstClaimerCannotTouchANewerClaimWithTheSameAttemptNumber() {
    Instant t0 = now();
    OutboxMessage a = claim("70104", "same-number", 2, t0);
    Instant later = t0.plus(CLAIM).plusSeconds(1);
    assertThat(store.buryAbandoned(MAX_ATTEMPTS, later)).isEqualTo(new OutboxStore.Abandoned(0, 1));
    OutboxMessage c = store.claim(Channel.TELEGRAM, 5, MAX_ATTEMPTS, CLAIM, Duration.ZERO, later).get(0);
    assertThat(c.attempt()).isEqualTo(a.attempt());
    // Every write of A's, late, is refused: C's claim is left whole.
    assertThat(store.calling(a)).isFalse();
    assertThat(store.release(a, later, later)).isFalse();
    assertThat(store.retry(a, "late", later, later)).isFalse();
    assertThat(store.finish(a, "dead", "late", later)).isFalse();
    assertThat(store.sent(a, "late", later)).isFalse();
    assertThat(rows("idempotency_key = 'same-number' AND status = 'sending' AND attempts = 3"
        + " AND uncalled")).isEqualTo(1);
    delivery(store, at(later)).deliver(c);
    assertThat(OutboxWorkerTest.texts()).containsExactly("same-number");
    assertThat(outbox.find("same-number").orElseThrow().status()).isEqualTo("sent");
  }

  /** The cost of the mark: statements the outbox sends to the database for one send. */
  @Test
  void onlyALastAttemptCostsOneStatementMore() {
    List<String> statements = new CopyOnWriteArrayList<>();
    OutboxStore counted = new OutboxStore(JdbcClient.create(counting(dataSource, statements)), json);
    delivery(counted, clock).deliver(claim("70105", "first-attempt", 0, now()));
    assertThat(statements).hasSize(1).allMatch(s -> s.startsWith("UPDATE outbox SET status = 'sent'"));
    statements.clear();
    delivery(counted, clock).deliver(claim("70106", "last-attempt", 2, now()));
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0)).startsWith("UPDATE outbox SET uncalled = false WHERE id = ?");
    assertThat(statements.get(1)).startsWith("UPDATE outbox SET status = 'sent'");
    assertThat(OutboxWorkerTest.texts()).containsExactly("first-attempt", "last-attempt");
  }

  /** {@code dataSource}, noting the text of every statement prepared on its connections. */
  static DataSource counting(DataSource dataSource, List<String> statements) {
    return new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = super.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
              if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                statements.add(args == null ? "" : String.valueOf(args[0]));
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }
}
