package ma.hadana.bot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static ma.hadana.bot.channel.FakeProviders.TWILIO_MESSAGES;
import static ma.hadana.bot.channel.FakeProviders.json;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.OutboxTestSupport.reply;
import static ma.hadana.bot.channel.OutboxTestSupport.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.outbox.OutboxEntry;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.outbox.TestWorkers;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class TwilioSenderTest extends ChannelTest {

  static final String AMINA = "+212612345678";
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
  TwilioProperties twilio;
  @Autowired
  TwilioChannel channel;
  @Autowired
  WebhookProperties webhooks;

  void queue(String key, Channel channel, String text) {
    outbox.enqueue(channel, AMINA, reply(text), key);
  }

  OutboxEntry entry(String key) {
    return outbox.find(key).orElseThrow();
  }

  void answer(int status, String fixture) {
    FakeProviders.server().stubFor(post(urlPathMatching(TWILIO_MESSAGES))
        .willReturn(json(status, Fixtures.text(fixture))));
  }

  @Test
  void sendsAQueuedSmsWithTheSdkAndAStatusCallback() {
    queue("sms-1", Channel.SMS, "Rappel : la crèche ouvre à 8 h");
    sendOutbox();
    LoggedRequest r = requests(TWILIO_MESSAGES).get(0);
    String body = r.getBodyAsString();
    assertThat(r.getUrl()).contains("/Accounts/" + ACCOUNT_SID + "/Messages.json");
    assertThat(r.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
    assertThat(body).contains("To=%2B212612345678", "From=%2B15005550006",
        "StatusCallback=https%3A%2F%2Fhadana.test%2Fwebhooks%2Ftwilio%2Fstatus", "Body=Rappel");
    assertThat(entry("sms-1").status()).isEqualTo("sent");
    assertThat(entry("sms-1").providerMessageId()).isEqualTo("SMdeadbeefdeadbeefdeadbeefdeadbeef");
  }

  @Test
  void sendsWhatsappFromTheWhatsappSender() {
    queue("wa-1", Channel.WHATSAPP, "Salam");
    sendOutbox();
    assertThat(requests(TWILIO_MESSAGES).get(0).getBodyAsString())
        .contains("To=whatsapp%3A%2B212612345678", "From=whatsapp%3A%2B14155238886");
    assertThat(entry("wa-1").status()).isEqualTo("sent");
  }

  @Test
  void retriesAServerErrorAndThenSendsOnce() {
    FakeProviders.server().stubFor(post(urlPathMatching(TWILIO_MESSAGES)).inScenario("flaky")
        .whenScenarioStateIs(STARTED).willSetStateTo("recovered")
        .willReturn(json(500, Fixtures.text("twilio/api/error-500.json"))));
    FakeProviders.server().stubFor(post(urlPathMatching(TWILIO_MESSAGES)).inScenario("flaky")
        .whenScenarioStateIs("recovered")
        .willReturn(json(201, Fixtures.text("twilio/api/message-created.json"))));
    queue("flaky-1", Channel.SMS, "Bonjour");
    sendOutbox();
    assertThat(entry("flaky-1").status()).isEqualTo("pending");
    assertThat(entry("flaky-1").lastError()).isEqualTo("twilio 500/20500");
    until(this::sendOutbox, () -> entry("flaky-1").status(), "sent", 30_000);
    assertThat(entry("flaky-1").attempts()).isEqualTo(2);
    assertThat(requests(TWILIO_MESSAGES)).hasSize(2); // the SDK's own retries are off
  }

  @Test
  void retriesTooManyRequests() {
    answer(429, "twilio/api/error-429.json");
    queue("busy-1", Channel.SMS, "Bonjour");
    sendOutbox();
    assertThat(entry("busy-1").status()).isEqualTo("pending");
    assertThat(entry("busy-1").lastError()).isEqualTo("twilio 429/20429");
  }

  @Test
  void retriesAResponseSlowerThanTheTimeout() {
    FakeProviders.server().stubFor(post(urlPathMatching(TWILIO_MESSAGES))
        .willReturn(json(201, Fixtures.text("twilio/api/message-created.json")).withFixedDelay(LATE_MS)));
    queue("slow-1", Channel.SMS, "Bonjour");
    TwilioSender impatient = new TwilioSender(new TwilioProperties(twilio.accountSid(),
        twilio.authToken(), twilio.from(), twilio.whatsappFrom(), twilio.apiBaseUrl(),
        twilio.messagesPerSecond(), SHORT_TIMEOUT), channel, webhooks);
    assertThat(TestWorkers.sendOnceThrough(context, impatient)).isEqualTo(1);
    // Twilio's answer (a 201) comes long after: only the timeout can have ended the call.
    assertThat(entry("slow-1").status()).isEqualTo("pending");
    assertThat(entry("slow-1").lastError()).isEqualTo("twilio -/- SocketTimeoutException");
    assertThat(requests(TWILIO_MESSAGES)).hasSize(1);
  }

  @Test
  void retriesAConnectionReset() {
    FakeProviders.server().stubFor(post(urlPathMatching(TWILIO_MESSAGES))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    queue("reset-1", Channel.SMS, "Bonjour");
    sendOutbox();
    assertThat(entry("reset-1").status()).isEqualTo("pending");
    assertThat(requests(TWILIO_MESSAGES)).hasSize(1);
  }

  @Test
  void optsOutARecipientTwilioReportsUnsubscribedAndSendsItNothingMore() {
    answer(400, "twilio/api/error-21610.json");
    queue("unsub-1", Channel.SMS, "Premier");
    queue("unsub-2", Channel.SMS, "Second");
    sendOutbox();
    sendOutbox();
    assertThat(entry("unsub-1").status()).isEqualTo("opted_out");
    assertThat(entry("unsub-2").status()).isEqualTo("opted_out");
    assertThat(entry("unsub-1").deadLetter()).isFalse();
    assertThat(contacts.optedOut(Channel.SMS, AMINA)).isTrue();
    assertThat(requests(TWILIO_MESSAGES)).hasSize(1);
  }

  @Test
  void deadLettersAMessageAfterTheLastAttempt() {
    answer(500, "twilio/api/error-500.json");
    queue("dead-1", Channel.SMS, "Bonjour");
    until(this::sendOutbox, () -> entry("dead-1").status(), "dead", 30_000);
    assertThat(requests(TWILIO_MESSAGES)).hasSize(3);
    assertThat(outbox.deadLetters(10)).anySatisfy(d -> {
      assertThat(d.idempotencyKey()).isEqualTo("dead-1");
      assertThat(d.attempts()).isEqualTo(3);
    });
  }

  @Test
  void refusesForGoodAnInvalidNumberWithoutKeepingIt() {
    answer(400, "twilio/api/error-21211.json");
    queue("invalid-1", Channel.SMS, "Bonjour");
    sendOutbox();
    assertThat(entry("invalid-1").status()).isEqualTo("failed");
    assertThat(entry("invalid-1").deadLetter()).isTrue();
    assertThat(entry("invalid-1").lastError()).isEqualTo("twilio 400/21211").doesNotContain("+2126");
  }
}
