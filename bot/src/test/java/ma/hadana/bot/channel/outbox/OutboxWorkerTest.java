package ma.hadana.bot.channel.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static ma.hadana.bot.channel.FakeProviders.json;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static ma.hadana.bot.channel.OutboxTestSupport.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.channel.OutboxTestSupport;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxWorkerTest extends ChannelTest {

  static final String SEND = telegram("sendMessage");
  static final ObjectMapper JSON = new ObjectMapper();
  /** As in production, a claim outlasts the senders' timeout: it never expires under a send. */
  static final Duration CLAIM = Duration.ofMinutes(2);
  /** How long a test waits for the workers to empty the outbox: a limit, not an expectation. */
  static final long DRAINED_WITHIN_MS = 60_000;

  @Autowired Outbox outbox;
  @Autowired OutboxStore store;
  @Autowired List<OutboundSender> senders;
  @Autowired Contacts contacts;
  @Autowired InboundReceipts receipts;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;
  @Autowired OutboxMetrics metrics;

  OutboxWorker worker(List<OutboundSender> through, Clock at) {
    return new OutboxWorker(store, through, contacts, receipts, new OutboxProperties(true,
        Duration.ofMillis(20), 20, 4, 3, Duration.ofMillis(20), Duration.ofMillis(100),
        CLAIM, Duration.ofSeconds(10), Duration.ofDays(7)), metrics, at);
  }

  OutboxWorker worker() {
    return worker(senders, clock);
  }

  void queue(String chat, String key) {
    outbox.enqueue(Channel.TELEGRAM, chat, reply(key), key);
  }

  long open() {
    return jdbc.sql("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')").query(Long.class).single();
  }

  static void await(BooleanSupplier done, long millis) {
    long end = System.currentTimeMillis() + millis;
    while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
      sleep(20);
    }
    assertThat(done.getAsBoolean()).isTrue();
  }

  /** Texts Telegram received, in arrival order. */
  static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (LoggedRequest r : requests(SEND)) {
      try {
        out.add(JSON.readTree(r.getBodyAsString()).get("text").asText());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  @Test
  void sendsAfterARestartWhatWasCommittedBeforeTheCrash() {
    for (int i = 0; i < 5; i++) {
      queue("30000" + i, "restart-" + i);
    }
    assertThat(requests(SEND)).isEmpty();
    OutboxWorker fresh = worker();
    fresh.start();
    try {
      await(() -> open() == 0, DRAINED_WITHIN_MS);
    } finally {
      fresh.destroy();
    }
    assertThat(texts()).containsExactlyInAnyOrder("restart-0", "restart-1", "restart-2", "restart-3", "restart-4");
  }

  @Test
  void takesOverMessagesClaimedByAWorkerThatDied() {
    for (int i = 0; i < 3; i++) {
      queue("31000" + i, "orphan-" + i);
    }
    assertThat(store.claim(Channel.TELEGRAM, 10, 3, CLAIM, Duration.ZERO, clock.instant()))
        .hasSize(3); // claimed and committed; that worker dies before sending
    assertThat(worker().runOnce()).isZero(); // its claim holds
    // A survivor whose clock is past the claim (rather than a test sleeping until it expires).
    OutboxWorker survivor = worker(senders, Clock.offset(clock, CLAIM.plusSeconds(1)));
    assertThat(survivor.runOnce()).isEqualTo(3);
    assertThat(texts()).containsExactlyInAnyOrder("orphan-0", "orphan-1", "orphan-2");
    assertThat(outbox.find("orphan-0").orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void twoWorkersOnOneDatabaseSendEachMessageOnceAndInOrderPerChat() {
    FakeProviders.server().stubFor(post(urlPathMatching(SEND)).willReturn(
        json(200, Fixtures.text("telegram/api/send-message-ok.json")).withFixedDelay(10)));
    Map<String, List<String>> perChat = new LinkedHashMap<>();
    for (int n = 0; n < 4; n++) {
      for (int c = 0; c < 15; c++) {
        String chat = String.valueOf(40000 + c);
        String key = "pair-" + chat + "-" + n;
        queue(chat, key);
        perChat.computeIfAbsent(chat, k -> new ArrayList<>()).add(key);
      }
    }
    OutboxWorker a = worker();
    OutboxWorker b = worker();
    a.start();
    b.start();
    try {
      await(() -> open() == 0, DRAINED_WITHIN_MS);
    } finally {
      a.destroy();
      b.destroy();
    }
    List<String> texts = texts();
    Map<String, Long> timesSent = texts.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    assertThat(timesSent).hasSize(60);
    assertThat(Set.copyOf(timesSent.values())).containsExactly(1L);
    perChat.forEach((chat, keys) ->
        assertThat(texts.stream().filter(t -> t.startsWith("pair-" + chat)).toList()).containsExactlyElementsOf(keys));
  }

  @Test
  void spacesTwoMessagesToOneChatByThePerChatInterval() {
    OutboundSender telegram = senders.stream().filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow();
    OutboundSender paced = new OutboundSender() {
      public Set<Channel> channels() { return Set.of(Channel.TELEGRAM); }
      public double messagesPerSecond(Channel c) { return 30; }
      public Duration perRecipientInterval(Channel c) { return Duration.ofMillis(300); }
      public Duration longestCall(Channel c) { return telegram.longestCall(c); }
      public SendResult send(OutboxMessage m) { return telegram.send(m); }
    };
    queue("50000", "paced-1");
    queue("50000", "paced-2");
    OutboxWorker w = worker(List.of(paced), clock);
    w.start();
    try {
      await(() -> open() == 0, DRAINED_WITHIN_MS);
    } finally {
      w.destroy();
    }
    List<LoggedRequest> r = requests(SEND);
    assertThat(r).hasSize(2);
    assertThat(r.get(1).getLoggedDate().getTime() - r.get(0).getLoggedDate().getTime()).isGreaterThanOrEqualTo(290);
  }

  @Test
  void queuesAnIdempotencyKeyOnce() {
    queue("60000", "once");
    queue("60000", "once");
    assertThat(count("outbox")).isEqualTo(1);
  }

  @Test
  void sendsNothingQueuedInATransactionThatRolledBack() {
    tx.executeWithoutResult(status -> {
      queue("61000", "rolled-back");
      status.setRollbackOnly();
    });
    assertThat(worker().runOnce()).isZero();
    assertThat(requests(SEND)).isEmpty();
  }

  @Test
  void sendsAnOptedOutRecipientOnlyTheConfirmationOfItsStop() {
    contacts.providerOptOut(Channel.TELEGRAM, "62000", clock.instant());
    queue("62000", "proactive");
    outbox.enqueueOptOutConfirmation(Channel.TELEGRAM, "62000", reply("stop confirmed"), "confirmation");
    worker().runOnce();
    worker().runOnce();
    assertThat(outbox.find("proactive").orElseThrow().status()).isEqualTo("opted_out");
    assertThat(texts()).containsExactly("stop confirmed");
  }

  @Test
  void deadLettersAClaimAbandonedOnTheLastAttempt() {
    queue("63000", "poison");
    jdbc.sql("UPDATE outbox SET status = 'sending', attempts = 3, next_attempt_at = now() - interval '1 second'").update();
    worker().runOnce();
    assertThat(outbox.find("poison").orElseThrow().status()).isEqualTo("dead");
    assertThat(outbox.deadLetters(5)).extracting(DeadLetter::idempotencyKey).contains("poison");
    assertThat(requests(SEND)).isEmpty();
  }

  @Test
  void aFailureBeforeTheSendIsNoAttemptAndNeverDeadLettersTheRow() {
    OutboundSender telegram = senders.stream().filter(s -> s.channels().contains(Channel.TELEGRAM)).findFirst().orElseThrow();
    AtomicBoolean broken = new AtomicBoolean();
    OutboundSender failsBeforeCalling = new OutboundSender() {
      public Set<Channel> channels() { return Set.of(Channel.TELEGRAM); }
      public double messagesPerSecond(Channel c) { return 30; }
      public Duration perRecipientInterval(Channel c) { return Duration.ZERO; }
      public Duration longestCall(Channel c) {
        if (broken.get()) {
          throw new IllegalStateException("broken before the send");
        }
        return telegram.longestCall(c);
      }
      public SendResult send(OutboxMessage m) { return telegram.send(m); }
    };
    queue("65000", "never-sent");
    // Two attempts failed already: the next claim is the last of three.
    jdbc.sql("UPDATE outbox SET attempts = 2").update();
    OutboxWorker w = worker(List.of(failsBeforeCalling), clock);
    try {
      broken.set(true);
      assertThat(w.runOnce()).isEqualTo(1);
      assertThat(requests(SEND)).isEmpty();
      OutboxEntry row = outbox.find("never-sent").orElseThrow();
      assertThat(row.status()).isEqualTo("pending");
      assertThat(row.attempts()).isEqualTo(2);
      assertThat(row.deadLetter()).isFalse();
      assertThat(jdbc.sql("SELECT next_attempt_at > updated_at FROM outbox").query(Boolean.class).single())
          .as("due again after a backoff").isTrue();
      broken.set(false);
      OutboxTestSupport.until(w::runOnce, () -> outbox.find("never-sent").orElseThrow().status(),
          "sent", DRAINED_WITHIN_MS);
    } finally {
      w.destroy();
    }
    assertThat(texts()).containsExactly("never-sent");
    assertThat(outbox.find("never-sent").orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void aRetriedDeadLetterIsSentAgainAndItsAddressIsShownMasked() {
    queue("6400012345", "revived");
    jdbc.sql("UPDATE outbox SET status = 'sending', attempts = 3, next_attempt_at = now() - interval '1 second'").update();
    worker().runOnce();
    DeadLetter dead = outbox.deadLetters(5).stream()
        .filter(d -> d.idempotencyKey().equals("revived")).findFirst().orElseThrow();
    assertThat(dead.maskedAddress()).isEqualTo("64000•••••45");
    assertThat(outbox.retry(dead.id())).isTrue();
    assertThat(outbox.retry(dead.id())).isFalse();
    assertThat(outbox.deadLetters(5)).extracting(DeadLetter::idempotencyKey).doesNotContain("revived");
    assertThat(outbox.find("revived").orElseThrow().status()).isEqualTo("pending");
    worker().runOnce();
    assertThat(outbox.find("revived").orElseThrow().status()).isEqualTo("sent");
    assertThat(texts()).containsExactly("revived");
  }

  @Test
  void masksAllButTheEndsOfAnAddress() {
    assertThat(DeadLetter.mask("+212612345612")).isEqualTo("+2126•••••12");
    assertThat(DeadLetter.mask("whatsapp:+212612345612")).isEqualTo("+2126•••••12");
    assertThat(DeadLetter.mask("123456")).isEqualTo("1•••••6");
    assertThat(DeadLetter.mask("12")).isEqualTo("•••••");
  }

  @Test
  void forgetsSentMessagesAfterTheRetention() {
    queue("64000", "old");
    worker().runOnce();
    jdbc.sql("UPDATE outbox SET updated_at = now() - interval '8 days'").update();
    worker().runOnce();
    assertThat(count("outbox")).isZero();
  }
}
