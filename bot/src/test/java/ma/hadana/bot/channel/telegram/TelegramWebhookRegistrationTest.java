package ma.hadana.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static ma.hadana.bot.channel.FakeProviders.json;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.telegram.TelegramProperties.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * setWebhook against a fake Bot API that fails first (500, then a reset connection): the
 * registration retries in the background until Telegram accepts it, then stops.
 */
class TelegramWebhookRegistrationTest {

  private static final String OK =
      "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}";
  private static final String ERROR =
      "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}";

  private final FirstAnswerHold hold = new FirstAnswerHold();
  private WireMockServer api;
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private TelegramWebhookRegistration registration;

  @BeforeEach
  void start() {
    api = new WireMockServer(options().dynamicPort().bindAddress("localhost").extensions(hold));
    api.start();
  }

  @AfterEach
  void stop() {
    hold.release();
    if (registration != null) {
      registration.stop();
    }
    api.stop();
  }

  private TelegramWebhookRegistration registration(String publicBaseUrl) {
    TelegramProperties props = new TelegramProperties(ChannelTest.BOT_TOKEN,
        ChannelTest.TELEGRAM_SECRET, Mode.WEBHOOK, "http://localhost:" + api.port(), 30,
        Duration.ZERO, Duration.ofSeconds(30));
    WebhookProperties webhooks = new WebhookProperties(publicBaseUrl);
    registration = new TelegramWebhookRegistration(new TelegramChannel(props, webhooks), props,
        webhooks, meters, Duration.ofMillis(20), Duration.ofMillis(80));
    return registration;
  }

  private List<LoggedRequest> calls() {
    return api.findAll(postRequestedFor(urlPathMatching(telegram("setWebhook"))));
  }

  private double retries() {
    return meters.counter("hadana.telegram.webhook.retries").count();
  }

  @Test
  void retriesInTheBackgroundUntilTelegramAcceptsThenStops() throws Exception {
    String path = telegram("setWebhook");
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willSetStateTo("reset").willReturn(json(500, ERROR)));
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs("reset")
        .willSetStateTo("up").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(json(200, OK)));
    TelegramWebhookRegistration r = registration(ChannelTest.PUBLIC_BASE_URL);
    hold.arm();

    r.register();
    assertThat(hold.awaitHeld()).isTrue(); // Telegram got the first call and is answering
    assertThat(r.registered()).isNotDone(); // start-up went on meanwhile
    hold.release();

    assertThat(r.registered().get(20, TimeUnit.SECONDS)).isEqualTo(3);
    List<LoggedRequest> calls = calls();
    assertThat(calls).hasSize(3);
    assertThat(calls).allSatisfy(c -> assertThat(c.getBodyAsString())
        .contains(ChannelTest.PUBLIC_BASE_URL + "/webhooks/telegram")
        .contains(ChannelTest.TELEGRAM_SECRET));
    assertThat(retries()).isEqualTo(2.0);
    r.register(); // a second ready event registers nothing more
    assertThat(calls()).hasSize(3);
  }

  @Test
  void oneCallWhenTelegramAcceptsAtOnce() throws Exception {
    api.stubFor(post(urlPathMatching(telegram("setWebhook"))).willReturn(json(200, OK)));
    TelegramWebhookRegistration r = registration(ChannelTest.PUBLIC_BASE_URL);
    r.register();
    assertThat(r.registered().get(20, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(calls()).hasSize(1);
    assertThat(retries()).isZero();
  }

  @Test
  void nothingIsRegisteredWithoutAnHttpsBaseUrl() {
    api.stubFor(post(urlPathMatching(telegram("setWebhook"))).willReturn(json(200, OK)));
    TelegramWebhookRegistration r = registration("http://hadana.test");
    r.register();
    assertThat(r.registered()).isNotDone();
    r.stop();
    assertThat(calls()).isEmpty();
  }

  @Test
  void theWaitDoublesUpToTheLongest() {
    Duration first = Duration.ofSeconds(2);
    Duration longest = Duration.ofMinutes(5);
    int[] failures = {1, 2, 3, 8};
    long[] seconds = {2, 4, 8, 256};
    for (int i = 0; i < failures.length; i++) {
      assertThat(TelegramWebhookRegistration.backoff(first, longest, failures[i]))
          .isEqualTo(Duration.ofSeconds(seconds[i]));
    }
    assertThat(TelegramWebhookRegistration.backoff(first, longest, 9)).isEqualTo(longest);
    assertThat(TelegramWebhookRegistration.backoff(first, longest, 1000)).isEqualTo(longest);
  }

  /** Holds the fake Bot API's next answer, once armed, until the test releases it. */
  private static final class FirstAnswerHold implements ServeEventListener {

    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    void arm() {
      armed.set(true);
    }

    /** Waits until an answer is held; false if none was within a minute. */
    boolean awaitHeld() throws InterruptedException {
      return held.await(60, TimeUnit.SECONDS);
    }

    void release() {
      released.countDown();
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
      if (armed.getAndSet(false)) {
        held.countDown();
        try {
          released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public String getName() {
      return "first-answer-hold";
    }
  }
}
