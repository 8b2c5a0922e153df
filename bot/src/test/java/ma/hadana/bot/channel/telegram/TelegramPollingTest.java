package ma.hadana.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static ma.hadana.bot.channel.FakeProviders.json;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.OutboxTestSupport;
import ma.hadana.bot.channel.TwilioSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot as a laptop runs it, over real HTTP: Telegram by long polling (no webhook), the
 * background outbox worker on, Twilio behind a proxy (signed for the public URL, called on
 * localhost).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hadana.webhooks.public-base-url=" + ChannelTest.PUBLIC_BASE_URL,
    "hadana.twilio.account-sid=" + ChannelTest.ACCOUNT_SID,
    "hadana.twilio.auth-token=" + ChannelTest.AUTH_TOKEN,
    "hadana.telegram.bot-token=" + TelegramPollingTest.TOKEN,
    "hadana.telegram.webhook-secret=",
    "hadana.telegram.mode=polling",
    "hadana.outbox.worker=true"})
@DirtiesContext // stops the polling thread
class TelegramPollingTest {

  /**
   * A bot token of this test's own: the fake Telegram server is shared with the other tests'
   * contexts, whose background start-up calls (setWebhook, retried) may reach it meanwhile.
   */
  static final String TOKEN = "987654321:AAE-polling-test-token";

  /** The path of one of this bot's Bot API calls. */
  private static String own(String method) {
    return "/bot" + Pattern.quote(TOKEN) + "/(?i:" + method + ")";
  }

  @LocalServerPort int port;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    registry.add("hadana.twilio.api-base-url", FakeProviders::baseUrl);
    registry.add("hadana.telegram.api-base-url", FakeProviders::baseUrl);
  }

  @BeforeAll
  static void telegramHasOneUpdate() {
    FakeProviders.reset();
    String update = Fixtures.text("telegram/text.json").replace("10000", "70000");
    FakeProviders.server().stubFor(post(urlPathMatching(own("getUpdates"))).inScenario("poll")
        .whenScenarioStateIs(STARTED).willSetStateTo("delivered")
        .willReturn(json(200, "{\"ok\":true,\"result\":[" + update + "]}")));
    FakeProviders.server().stubFor(post(urlPathMatching(own("getUpdates"))).inScenario("poll")
        .whenScenarioStateIs("delivered")
        .willReturn(json(200, "{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
  }

  @Test
  void answersAnUpdateFetchedByLongPolling() {
    long end = System.currentTimeMillis() + 60_000; // a limit, not an expectation
    while (requests(own("sendMessage")).size() < 2 && System.currentTimeMillis() < end) {
      OutboxTestSupport.sleep(50);
    }
    assertThat(requests(own("deleteWebhook"))).isNotEmpty();
    assertThat(requests(own("sendMessage"))).hasSize(2);
    // This context's registry is empty: the answer names the place it understood, with no listing.
    assertThat(requests(own("sendMessage")).get(1).getBodyAsString())
        .contains("\"chat_id\":\"1111111\"", "Maârif");
  }

  @Test
  void setsTheCommandMenuAtStartWithoutAWebhook() {
    long end = System.currentTimeMillis() + 10_000;
    while (requests(own("setMyCommands")).size() < 4 && System.currentTimeMillis() < end) {
      OutboxTestSupport.sleep(50);
    }
    assertThat(requests(own("setMyCommands"))).hasSize(4);
    assertThat(requests(own("setWebhook"))).isEmpty();
  }

  @Test
  void refusesWebhookCallsInPollingMode() throws Exception {
    HttpResponse<String> r = http("/webhooks/telegram", "application/json", Fixtures.text("telegram/text.json"), Map.of());
    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void answersTwilioBehindAProxyInUtf8() throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound-arabic.form");
    String sig = TwilioSigner.sign(ChannelTest.AUTH_TOKEN, ChannelTest.PUBLIC_BASE_URL + "/webhooks/twilio/sms", params);
    HttpResponse<String> r = http("/webhooks/twilio/sms", "application/x-www-form-urlencoded",
        Fixtures.encode(params), Map.of("X-Twilio-Signature", sig));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
    assertThat(r.body()).contains("المعاريف");
  }

  HttpResponse<String> http(String path, String type, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
