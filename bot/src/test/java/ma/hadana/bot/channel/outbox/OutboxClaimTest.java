package ma.hadana.bot.channel.outbox;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.OutboxTestSupport.onePass;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A claim lasts {@code claimTimeout} from the moment of the claim: a row is sent only while its
 * claim still covers the provider's longest call plus the margin, and a pass claims no more rows
 * than it has threads. Time is moved by clocks the tests hold, never by sleeping.
 */
class OutboxClaimTest extends ChannelTest {

  static final String SEND = OutboxWorkerTest.SEND;
  static final Duration CLAIM = Duration.ofMinutes(2);
  static final Duration MARGIN = Duration.ofSeconds(10);
  /** Telegram's longest call in these tests: its client timeout. */
  static final Duration CALL = Duration.parse("PT" + PROVIDER_TIMEOUT.toUpperCase());

  @Autowired Outbox outbox;
  @Autowired OutboxStore store;
  @Autowired List<OutboundSender> senders;
  @Autowired Contacts contacts;
  @Autowired InboundReceipts receipts;
  @Autowired Clock clock;
  @Autowired OutboxMetrics metrics;

  OutboxProperties props(int threads, Duration claim) {
    return new OutboxProperties(true, Duration.ofMillis(20), 20, threads, 3, Duration.ofMillis(20),
        Duration.ofMillis(100), claim, MARGIN, Duration.ofDays(7));
  }

  OutboxWorker worker(List<OutboundSender> through, int threads, Duration claim, Clock at) {
    return new OutboxWorker(store, through, contacts, receipts, props(threads, claim), metrics, at);
  }

  OutboundSender telegram() {
    return senders.stream().filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow();
  }

  /**
   * A clock standing still at the test clock's present (to the database's microsecond), except
   * that the worker's sending threads see it {@code lag} later.
   */
  Clock sendingThreadsLate(Duration lag) {
    Instant base = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return new MovedClock(null) {
      @Override
      public Instant instant() {
        return Thread.currentThread().getName().equals("outbox-send") ? base.plus(lag) : base;
      }
    };
  }

  long rows(String where) {
    return jdbc.sql("SELECT count(*) FROM outbox WHERE " + where).query(Long.class).single();
  }

  void queue(String chat, String key) {
    outbox.enqueue(Channel.TELEGRAM, chat, reply(key), key);
  }

  @Test
  void aRowPickedUpWhenItsClaimNoLongerCoversACallGoesBackUnsentAndUncounted() {
    queue("70001", "late");
    // Picked up with one second less left than a call and the margin need.
    Duration late = CLAIM.minus(CALL).minus(MARGIN).plusSeconds(1);
    assertThat(onePass(worker(senders, 4, CLAIM, sendingThreadsLate(late)))).isEqualTo(1);
    assertThat(requests(SEND)).isEmpty();
    OutboxEntry row = outbox.find("late").orElseThrow();
    assertThat(row.status()).isEqualTo("pending");
    assertThat(row.attempts()).isZero();
    // Due again at once: the next pass sends it, as its first attempt.
    assertThat(onePass(worker(senders, 4, CLAIM, clock))).isEqualTo(1);
    assertThat(OutboxWorkerTest.texts()).containsExactly("late");
    assertThat(outbox.find("late").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aRowPickedUpJustInTimeIsSent() {
    queue("70002", "in-time");
    Clock justInTime = sendingThreadsLate(CLAIM.minus(CALL).minus(MARGIN));
    assertThat(onePass(worker(senders, 4, CLAIM, justInTime))).isEqualTo(1);
    assertThat(OutboxWorkerTest.texts()).containsExactly("in-time");
    assertThat(outbox.find("in-time").orElseThrow().status()).isEqualTo("sent");
  }

  @Test
  void aRowWhoseClaimWasTakenOverIsNeitherSentNorGivenBackByTheFirstClaimer() {
    queue("70003", "taken-over");
    Instant t0 = clock.instant().truncatedTo(ChronoUnit.MICROS);
    OutboxMessage first = store.claim(Channel.TELEGRAM, 5, 3, CLAIM, Duration.ZERO, t0).get(0);
    assertThat(first.claimedUntil()).isEqualTo(t0.plus(CLAIM));
    Instant later = t0.plus(CLAIM).plusSeconds(1);
    OutboxMessage second = store.claim(Channel.TELEGRAM, 5, 3, CLAIM, Duration.ZERO, later).get(0);
    Map<Channel, OutboundSender> through = new EnumMap<>(Channel.class);
    through.put(Channel.TELEGRAM, telegram());
    Delivery delivery = new Delivery(store, through, contacts, props(4, CLAIM), metrics,
        Clock.fixed(later, ZoneOffset.UTC));
    delivery.deliver(first); // the first claimer comes back after its claim ended
    assertThat(requests(SEND)).isEmpty();
    OutboxEntry row = outbox.find("taken-over").orElseThrow();
    assertThat(row.status()).isEqualTo("sending");
    assertThat(row.attempts()).isEqualTo(2);
    delivery.deliver(second);
    assertThat(OutboxWorkerTest.texts()).containsExactly("taken-over");
    assertThat(outbox.find("taken-over").orElseThrow().status()).isEqualTo("sent");
  }

  @Test
  void aSendInterruptedBeforeTheProviderCallGivesItsRowBackUncounted() throws Exception {
    queue("70004", "first");
    queue("70005", "stopped");
    List<OutboxMessage> claimed = store.claim(Channel.TELEGRAM, 5, 3, CLAIM, Duration.ZERO, clock.instant());
    OutboundSender telegram = telegram();
    OutboundSender slowPace = new OutboundSender() {
      public Set<Channel> channels() { return Set.of(Channel.TELEGRAM); }
      public double messagesPerSecond(Channel c) { return 0.01; } // the second send waits 100 s
      public Duration perRecipientInterval(Channel c) { return Duration.ZERO; }
      public Duration longestCall(Channel c) { return CALL; }
      public SendResult send(OutboxMessage m) { return telegram.send(m); }
    };
    Map<Channel, OutboundSender> through = new EnumMap<>(Channel.class);
    through.put(Channel.TELEGRAM, slowPace);
    Delivery delivery = new Delivery(store, through, contacts, props(4, CLAIM), metrics, clock);
    delivery.deliver(claimed.get(0));
    Thread sending = new Thread(() -> delivery.deliver(claimed.get(1)), "outbox-send");
    sending.start();
    while (sending.getState() != Thread.State.TIMED_WAITING && sending.isAlive()) {
      Thread.onSpinWait(); // until it waits for its turn in the pace
    }
    sending.interrupt(); // the worker stops
    sending.join(60_000);
    assertThat(sending.isAlive()).isFalse();
    assertThat(OutboxWorkerTest.texts()).containsExactly("first");
    OutboxEntry row = outbox.find("stopped").orElseThrow();
    assertThat(row.status()).isEqualTo("pending");
    assertThat(row.attempts()).isZero();
  }

  @Test
  void aPassClaimsNoMoreRowsThanItHasThreadsSharedAmongTheChannels() {
    for (int i = 0; i < 5; i++) {
      queue("7100" + i, "tg-" + i);
      outbox.enqueue(Channel.SMS, "+21260000710" + i, reply("sms-" + i), "sms-" + i);
    }
    OutboxWorker w = worker(senders, 2, CLAIM, clock);
    try {
      for (int pass = 1; pass <= 5; pass++) {
        assertThat(w.runOnce()).isEqualTo(2);
        assertThat(requests(SEND)).hasSize(pass);
        assertThat(requests(FakeProviders.TWILIO_MESSAGES)).hasSize(pass);
        assertThat(rows("status = 'sending'")).isZero();
      }
      assertThat(w.runOnce()).isZero();
    } finally {
      w.destroy();
    }
    assertThat(rows("status = 'sent' AND attempts = 1")).isEqualTo(10);
  }

  @Test
  void refusesToStartWhenTheClaimDoesNotCoverAProviderCallAndTheMargin() {
    Duration tooShort = CALL.plus(MARGIN);
    assertThatThrownBy(() -> worker(List.of(telegram()), 4, tooShort, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hadana.outbox.claim-timeout")
        .hasMessageContaining("telegram");
    worker(List.of(telegram()), 4, tooShort.plusSeconds(1), clock).destroy();
  }

  @Test
  void twoWorkersWithSlowSendsAndMoreRowsThanThreadsSendEachMessageOnce() {
    for (int i = 0; i < 25; i++) {
      queue(String.valueOf(72000 + i), "slow-" + i);
    }
    // Each send takes 10 s of a clock both workers share, one send at a time (a fair lock): a
    // 90 s claim lasts 9 sends. A worker that claimed 20 rows for its one thread would still hold
    // most of them unsent when their claims expire, and the other worker, done with its own,
    // would claim them again: both would send them. A row is sent with 30 s of claim left (a
    // 20 s call and the 10 s margin), more than three sends.
    AtomicReference<Instant> now = new AtomicReference<>(clock.instant());
    Clock shared = new MovedClock(now);
    ReentrantLock oneAtATime = new ReentrantLock(true);
    OutboundSender telegram = telegram();
    OutboundSender slow = new OutboundSender() {
      public Set<Channel> channels() { return Set.of(Channel.TELEGRAM); }
      public double messagesPerSecond(Channel c) { return 1000; }
      public Duration perRecipientInterval(Channel c) { return Duration.ZERO; }
      public Duration longestCall(Channel c) { return Duration.ofSeconds(20); }
      public SendResult send(OutboxMessage m) {
        oneAtATime.lock();
        try {
          SendResult r = telegram.send(m);
          now.updateAndGet(t -> t.plusSeconds(10));
          return r;
        } finally {
          oneAtATime.unlock();
        }
      }
    };
    OutboxWorker a = worker(List.of(slow), 1, Duration.ofSeconds(90), shared);
    OutboxWorker b = worker(List.of(slow), 1, Duration.ofSeconds(90), shared);
    a.start();
    b.start();
    try {
      OutboxWorkerTest.await(() -> rows("status IN ('pending', 'sending')") == 0,
          OutboxWorkerTest.DRAINED_WITHIN_MS);
    } finally {
      a.destroy();
      b.destroy();
    }
    Map<String, Long> timesSent = OutboxWorkerTest.texts().stream()
        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    assertThat(timesSent).hasSize(25);
    assertThat(Set.copyOf(timesSent.values())).containsExactly(1L);
    assertThat(rows("status = 'sent' AND attempts = 1")).isEqualTo(25);
  }

  /** A clock that shows what the test puts in {@code now}. */
  static class MovedClock extends Clock {
    private final AtomicReference<Instant> now;

    MovedClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
