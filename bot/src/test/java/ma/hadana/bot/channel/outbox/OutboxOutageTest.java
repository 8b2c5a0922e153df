package ma.hadana.bot.channel.outbox;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static ma.hadana.bot.channel.OutboxTestSupport.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.resilience.RelayedDatabase;
import ma.hadana.bot.resilience.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away after a row was claimed and before it was sent (a relay between bot and
 * PostgreSQL drops every connection): the opt-out check fails, nothing reaches the provider, and
 * once the database is back the row is queued again with its attempt not counted, even on the
 * last attempt, and then sent once. When one instance loses the database just before its last
 * attempt's provider call for longer than its claim, another instance queues that row again
 * instead of dead-lettering it, and it is sent once.
 */
@SpringBootTest(properties = {
    "hadana.webhooks.public-base-url=" + ChannelTest.PUBLIC_BASE_URL,
    "hadana.telegram.bot-token=" + ChannelTest.BOT_TOKEN,
    "hadana.telegram.webhook-secret=" + ChannelTest.TELEGRAM_SECRET,
    "hadana.telegram.mode=webhook",
    "hadana.telegram.timeout=" + ChannelTest.PROVIDER_TIMEOUT,
    "hadana.telegram.per-chat-interval=0ms",
    "hadana.outbox.worker=false",
    "hadana.outbox.backoff-base=20ms",
    "hadana.outbox.backoff-max=100ms",
    "hadana.outbox.max-attempts=3",
    "hadana.outbox.claim-timeout=2m",
    "hadana.db.user=postgres",
    "hadana.db.password=",
    "hadana.db-pool.connection-timeout=1s",
    "hadana.pepper=outbox-outage-test-pepper",
    "hadana.search.listen=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OutboxOutageTest {

  /** How long the test waits for the delivery to give up on the database: a limit, not an expectation. */
  private static final long WITHIN_SECONDS = 60;

  private static RelayedDatabase database;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    database = RelayedDatabase.start();
    registry.add("hadana.db.url", database::url);
    registry.add("hadana.telegram.api-base-url", FakeProviders::baseUrl);
  }

  /** Stops relay and server when the context closes, after the bot let go of its connections. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Teardown {
    @Bean
    AutoCloseable outboxOutageFixtures() {
      return database;
    }
  }

  @Autowired Outbox outbox;
  @Autowired OutboxStore store;
  @Autowired List<OutboundSender> senders;
  @Autowired Contacts contacts;
  @Autowired InboundReceipts receipts;
  @Autowired OutboxProperties props;
  @Autowired OutboxMetrics metrics;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  void aRowClaimedOnItsLastAttemptWhenTheDatabaseGoesAwayIsNeitherCountedNorDeadLettered()
      throws Exception {
    OutboxMessage last = claimedOnItsLastAttempt("81001", "unsent");

    // The delivery reads the clock first when the opt-out check is behind it, failed or not.
    CountDownLatch checked = new CountDownLatch(1);
    Clock watched = new WatchedClock(clock, checked);
    Map<Channel, OutboundSender> through = new EnumMap<>(Channel.class);
    through.put(Channel.TELEGRAM, senders.stream()
        .filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow());
    Delivery delivery = new Delivery(store, through, contacts, props, metrics, watched);
    AtomicReference<Throwable> escaped = new AtomicReference<>();
    database.relay().cut();
    Thread sending = new Thread(() -> {
      try {
        delivery.deliver(last);
      } catch (Throwable t) {
        escaped.set(t);
      }
    }, "outbox-send");
    sending.start();
    checked.await(WITHIN_SECONDS, TimeUnit.SECONDS);
    database.relay().restore();
    sending.join(TimeUnit.SECONDS.toMillis(WITHIN_SECONDS));

    assertThat(sending.isAlive()).isFalse();
    assertThat(escaped.get()).isNull();
    assertThat(requests(OutboxWorkerTest.SEND)).isEmpty();
    OutboxEntry row = outbox.find("unsent").orElseThrow();
    assertThat(row.status()).isEqualTo("pending");
    assertThat(row.attempts()).isEqualTo(2);
    assertThat(row.deadLetter()).isFalse();
    assertThat(jdbc.sql("SELECT next_attempt_at > updated_at FROM outbox WHERE idempotency_key = 'unsent'")
        .query(Boolean.class).single()).as("due again after a backoff").isTrue();

    // A worker whose clock is past the old claim buries nothing: it sends the row, once.
    OutboxWorker later = new OutboxWorker(store, List.of(through.get(Channel.TELEGRAM)), contacts,
        receipts, props, metrics, Clock.offset(clock, props.claimTimeout().plusSeconds(1)));
    try {
      until(later::runOnce, () -> outbox.find("unsent").orElseThrow().status(), "sent", 30_000);
    } finally {
      later.destroy();
    }
    assertThat(OutboxWorkerTest.texts()).containsExactly("unsent");
    assertThat(outbox.find("unsent").orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void aLastAttemptWhoseWorkerLostTheDatabaseBeforeTheCallIsSentOnceByAnotherWorker()
      throws Exception {
    OutboxMessage last = claimedOnItsLastAttempt("81002", "partitioned");

    // Worker A reaches the database through a relay of its own, cut when A reads the clock to
    // check its claim: the last moment before the provider call. Worker B still reaches it.
    OutboundSender telegram = senders.stream()
        .filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow();
    Map<Channel, OutboundSender> through = new EnumMap<>(Channel.class);
    through.put(Channel.TELEGRAM, telegram);
    AtomicReference<Throwable> escaped = new AtomicReference<>();
    Thread a;
    try (TcpProxy ownRelay = new TcpProxy(database.relay().port())) {
      DriverManagerDataSource own = new DriverManagerDataSource(
          "jdbc:postgresql://127.0.0.1:" + ownRelay.port() + "/hadana", "postgres", "");
      OutboxStore storeOfA = new OutboxStore(JdbcClient.create(own), json);
      CountDownLatch checked = new CountDownLatch(1);
      Clock cutting = new WatchedClock(clock, checked, () -> {
        try {
          ownRelay.cut();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      Delivery deliveryOfA = new Delivery(storeOfA, through, contacts, props, metrics, cutting);
      a = new Thread(() -> {
        try {
          deliveryOfA.deliver(last);
        } catch (Throwable t) {
          escaped.set(t);
        }
      }, "outbox-send-a");
      a.start();
      checked.await(WITHIN_SECONDS, TimeUnit.SECONDS);
      while (a.getState() != Thread.State.TIMED_WAITING && a.isAlive()) {
        Thread.onSpinWait(); // until A waits for the database
      }
      assertThat(requests(OutboxWorkerTest.SEND)).as("A called no provider").isEmpty();

      // B's pass, past A's claim: not dead-lettered but queued again uncounted, and sent.
      OutboxWorker b = new OutboxWorker(store, List.of(telegram), contacts, receipts, props,
          metrics, Clock.offset(clock, props.claimTimeout().plusSeconds(1)));
      try {
        assertThat(b.runOnce()).isEqualTo(1);
      } finally {
        b.destroy();
      }
      OutboxEntry row = outbox.find("partitioned").orElseThrow();
      assertThat(row.status()).isEqualTo("sent");
      assertThat(row.attempts()).isEqualTo(3);
      assertThat(row.deadLetter()).isFalse();

      ownRelay.restore(); // A's give-back finds its claim gone and leaves the row alone
      a.join(TimeUnit.SECONDS.toMillis(WITHIN_SECONDS));
    }
    assertThat(a.isAlive()).isFalse();
    assertThat(escaped.get()).isNull();
    assertThat(OutboxWorkerTest.texts()).containsExactly("partitioned");
    OutboxEntry row = outbox.find("partitioned").orElseThrow();
    assertThat(row.status()).isEqualTo("sent");
    assertThat(row.attempts()).isEqualTo(3);
  }

  /** The test's clock, counting down {@code read} the first time it is read. */
  private static final class WatchedClock extends Clock {
    private final Clock clock;
    private final CountDownLatch read;
    private final Runnable first;

    WatchedClock(Clock clock, CountDownLatch read) {
      this(clock, read, () -> { });
    }

    /** Also runs {@code first} on the first read, before it returns. */
    WatchedClock(Clock clock, CountDownLatch read, Runnable first) {
      this.clock = clock;
      this.read = read;
      this.first = first;
    }

    @Override
    public Instant instant() {
      synchronized (this) {
        if (read.getCount() > 0) {
          first.run();
          read.countDown();
        }
      }
      return clock.instant();
    }

    @Override
    public ZoneId getZone() {
      return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** A fresh Telegram reply to {@code chat}, claimed now on its last (third) attempt. */
  private OutboxMessage claimedOnItsLastAttempt(String chat, String key) {
    FakeProviders.reset();
    outbox.enqueue(Channel.TELEGRAM, chat, reply(key), key);
    jdbc.sql("UPDATE outbox SET attempts = 2 WHERE idempotency_key = ?").params(key).update();
    OutboxMessage last = store.claim(Channel.TELEGRAM, 5, 3, props.claimTimeout(), Duration.ZERO,
        clock.instant()).get(0);
    assertThat(last.attempt()).isEqualTo(3);
    return last;
  }
}
