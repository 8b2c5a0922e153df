package ma.hadana.bot.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * One WireMock server per test JVM standing in for both Twilio's REST API and Telegram's Bot
 * API (one URL, so every test class shares one Spring context). {@link #reset()} restores the
 * happy-path answers, which tests override with faults.
 */
public final class FakeProviders {

  public static final String TWILIO_MESSAGES = "/2010-04-01/Accounts/[A-Za-z0-9]+/Messages\\.json";
  private static final WireMockServer SERVER = start();

  private FakeProviders() {}

  private static WireMockServer start() {
    WireMockServer s = new WireMockServer(options().dynamicPort().bindAddress("localhost"));
    s.start();
    Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    return s;
  }

  public static WireMockServer server() {
    return SERVER;
  }

  /** The base URL of both fake APIs (host {@code localhost}: the Twilio SDK rewrites IP hosts). */
  public static String baseUrl() {
    return "http://localhost:" + SERVER.port();
  }

  /** Forgets requests and stubs, then answers every call successfully. */
  public static void reset() {
    SERVER.resetAll();
    SERVER.stubFor(post(urlPathMatching(TWILIO_MESSAGES)).atPriority(10)
        .willReturn(json(201, Fixtures.text("twilio/api/message-created.json"))));
    SERVER.stubFor(post(urlPathMatching(telegram("sendMessage"))).atPriority(10)
        .willReturn(json(200, Fixtures.text("telegram/api/send-message-ok.json"))));
    SERVER.stubFor(post(urlPathMatching(telegram("sendVenue"))).atPriority(10)
        .willReturn(json(200, Fixtures.text("telegram/api/send-message-ok.json"))));
    SERVER.stubFor(post(urlPathMatching(telegram("answerCallbackQuery"))).atPriority(10)
        .willReturn(json(200, "{\"ok\":true,\"result\":true}")));
    SERVER.stubFor(post(urlPathMatching(telegram("setMyCommands"))).atPriority(10)
        .willReturn(json(200, "{\"ok\":true,\"result\":true}")));
    SERVER.stubFor(post(urlPathMatching(telegram("(setWebhook|deleteWebhook)"))).atPriority(10)
        .willReturn(json(200, "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}")));
  }

  /** A path pattern of a Bot API method (method names are case-insensitive; the client sends lower case). */
  public static String telegram(String method) {
    return "/bot[^/]+/(?i:" + method + ")";
  }

  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Requests received whose path matches {@code pathRegex}, oldest first. */
  public static List<LoggedRequest> requests(String pathRegex) {
    return SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        urlPathMatching(pathRegex)));
  }
}
