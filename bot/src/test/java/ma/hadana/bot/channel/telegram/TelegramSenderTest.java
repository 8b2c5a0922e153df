package ma.hadana.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static ma.hadana.bot.channel.FakeProviders.json;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static ma.hadana.bot.channel.OutboxTestSupport.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.outbox.OutboxEntry;
import ma.hadana.bot.channel.outbox.TestWorkers;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class TelegramSenderTest extends ChannelTest {

  static final String CHAT = "2222222";
  static final String SEND = telegram("sendMessage");
  /** A client timeout for the one test of the timeout, and an answer that comes far later. */
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);
  static final int LATE_MS = 10_000;

  @Autowired
  Outbox outbox;
  @Autowired
  Contacts contacts;
  @Autowired
  ApplicationContext context;
  @Autowired
  TelegramProperties telegram;
  @Autowired
  WebhookProperties webhooks;

  void queue(String key, String text) {
    outbox.enqueue(Channel.TELEGRAM, CHAT, reply(text), key);
  }

  OutboxEntry entry(String key) {
    return outbox.find(key).orElseThrow();
  }

  void answer(ResponseDefinitionBuilder response) {
    FakeProviders.server().stubFor(post(urlPathMatching(SEND)).willReturn(response));
  }

  @Test
  void optsOutAChatThatBlockedTheBotAndSendsItNothingMore() {
    answer(json(403, Fixtures.text("telegram/api/error-403-blocked.json")));
    queue("blocked-1", "Premier");
    queue("blocked-2", "Second");
    sendOutbox();
    sendOutbox();
    assertThat(entry("blocked-1").status()).isEqualTo("opted_out");
    assertThat(entry("blocked-1").lastError()).contains("blocked by the user");
    assertThat(entry("blocked-2").status()).isEqualTo("opted_out");
    assertThat(contacts.optedOut(Channel.TELEGRAM, CHAT)).isTrue();
    assertThat(requests(SEND)).hasSize(1);
  }

  @Test
  void waitsAsLongAsTelegramAsksAfterTooManyRequests() {
    // A minute rather than the fixture's 1 s, which a loaded machine can spend before the next pass.
    answer(json(429, Fixtures.text("telegram/api/error-429.json")
        .replace("\"retry_after\":1}", "\"retry_after\":60}")));
    queue("flood-1", "Bonjour");
    Instant before = Instant.now();
    sendOutbox();
    assertThat(entry("flood-1").status()).isEqualTo("pending");
    Instant next = jdbc.sql("SELECT next_attempt_at FROM outbox WHERE idempotency_key = 'flood-1'")
        .query(Timestamp.class).single().toInstant();
    assertThat(next).isAfterOrEqualTo(before.plusSeconds(60)); // retry_after 60, above the 100 ms backoff cap
    assertThat(sendOutbox()).isZero();
    assertThat(requests(SEND)).hasSize(1);
  }

  @Test
  void retriesAServerErrorAndThenSendsOnce() {
    FakeProviders.server().stubFor(post(urlPathMatching(SEND)).inScenario("flaky")
        .whenScenarioStateIs(STARTED).willSetStateTo("ok")
        .willReturn(json(500, Fixtures.text("telegram/api/error-500.json"))));
    FakeProviders.server().stubFor(post(urlPathMatching(SEND)).inScenario("flaky")
        .whenScenarioStateIs("ok").willReturn(json(200, Fixtures.text("telegram/api/send-message-ok.json"))));
    queue("tg-flaky-1", "Bonjour");
    until(this::sendOutbox, () -> entry("tg-flaky-1").status(), "sent", 30_000);
    assertThat(entry("tg-flaky-1").attempts()).isEqualTo(2);
    assertThat(entry("tg-flaky-1").providerMessageId()).isEqualTo("1400");
    assertThat(requests(SEND)).hasSize(2);
  }

  @Test
  void retriesAnAnswerSlowerThanTheTimeout() {
    answer(json(200, Fixtures.text("telegram/api/send-message-ok.json")).withFixedDelay(LATE_MS));
    queue("tg-slow-1", "Bonjour");
    TelegramProperties impatient = new TelegramProperties(telegram.botToken(),
        telegram.webhookSecret(), telegram.mode(), telegram.apiBaseUrl(),
        telegram.messagesPerSecond(), telegram.perChatInterval(), SHORT_TIMEOUT);
    assertThat(TestWorkers.sendOnceThrough(context,
        new TelegramSender(new TelegramChannel(impatient, webhooks), impatient))).isEqualTo(1);
    // Telegram's answer (a 200) comes long after: only the timeout can have ended the call.
    assertThat(entry("tg-slow-1").status()).isEqualTo("pending");
    assertThat(entry("tg-slow-1").lastError()).startsWith("telegram connection");
    assertThat(requests(SEND)).hasSize(1);
  }

  @Test
  void retriesAConnectionResetOnce() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    queue("tg-reset-1", "Bonjour");
    sendOutbox();
    assertThat(entry("tg-reset-1").status()).isEqualTo("pending");
    assertThat(requests(SEND)).hasSize(1); // OkHttp's silent retry is off
  }

  @Test
  void refusesForGoodWhatTelegramCallsABadRequest() {
    answer(json(400, Fixtures.text("telegram/api/error-400.json")));
    queue("tg-bad-1", "Bonjour");
    sendOutbox();
    assertThat(entry("tg-bad-1").status()).isEqualTo("failed");
    assertThat(entry("tg-bad-1").deadLetter()).isTrue();
    assertThat(outbox.deadLetters(5)).extracting(d -> d.idempotencyKey()).contains("tg-bad-1");
  }

  @Test
  void deadLettersAfterTheLastAttempt() {
    answer(json(500, Fixtures.text("telegram/api/error-500.json")));
    queue("tg-dead-1", "Bonjour");
    until(this::sendOutbox, () -> entry("tg-dead-1").status(), "dead", 30_000);
    assertThat(requests(SEND)).hasSize(3);
  }
}
