package ma.hadana.bot.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;

/**
 * Twilio's REST API and Telegram's Bot API on one WireMock server of the test JVM, which can
 * answer a share of sends with a fault: 500, 429 (Telegram with {@code retry_after}), a
 * success that comes after the client's timeout (the provider got the message, the bot cannot
 * know), or a reset connection. Every send is recorded with the text it carried and what it got.
 */
final class FaultyProviders implements AutoCloseable {

  /** What one provider call got. Only {@link #OK} reached the bot as an acceptance. */
  enum Outcome { OK, LATE_OK, ERROR_500, TOO_MANY_REQUESTS, RESET }

  /** One call to a send method: recipient (chat id or number), text, and what it got. */
  record Call(String recipient, String text, Outcome outcome) {

    /** Recipient and text: what identifies one outbox row in these tests. */
    String key() {
      return recipient + "\n" + text;
    }
  }

  /** Far past the bots' 3 s client timeout, so that a stalled bot cannot read it in time. */
  static final int LATE_MS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Faults faults = new Faults();
  private final WireMockServer server =
      new WireMockServer(options().dynamicPort().bindAddress("localhost").extensions(faults)
          .containerThreads(40).asynchronousResponseEnabled(true));

  FaultyProviders() {
    server.start();
    server.stubFor(post(urlPathMatching(FakeProviders.TWILIO_MESSAGES))
        .willReturn(FakeProviders.json(201, Fixtures.text("twilio/api/message-created.json"))));
    for (String method : List.of("sendMessage", "sendVenue")) {
      server.stubFor(post(urlPathMatching(FakeProviders.telegram(method)))
          .willReturn(FakeProviders.json(200, Fixtures.text("telegram/api/send-message-ok.json"))));
    }
    server.stubFor(post(urlPathMatching(FakeProviders.telegram("(answerCallbackQuery|setWebhook|deleteWebhook)")))
        .willReturn(FakeProviders.json(200, "{\"ok\":true,\"result\":true}")));
  }

  String baseUrl() {
    return "http://localhost:" + server.port();
  }

  /** From now on, about {@code rate} of sends fail (seeded, so a run can be replayed). */
  void faults(double rate, long seed) {
    faults.set(rate, seed);
  }

  /** Every send so far, in the order they came. */
  List<Call> calls() {
    return List.copyOf(faults.calls);
  }

  /** Telegram sendMessage bodies so far, oldest first. */
  List<JsonNode> telegramMessages() throws IOException {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (var r : server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        urlPathMatching(FakeProviders.telegram("sendMessage"))))) {
      out.add(JSON.readTree(r.getBodyAsString()));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Picks a fault for a share of send calls and records every call. */
  private static final class Faults implements ResponseDefinitionTransformerV2 {

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile double rate;
    private Random random = new Random(1);

    synchronized void set(double rate, long seed) {
      this.rate = rate;
      this.random = new Random(seed);
    }

    private synchronized double next() {
      return random.nextDouble();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      ResponseDefinition ok = event.getResponseDefinition();
      String url = event.getRequest().getUrl();
      boolean telegram = url.contains("/bot");
      String body = event.getRequest().getBodyAsString();
      String text = field(telegram, body, telegram ? "text" : "Body");
      if (text == null) {
        return ok; // not a send (webhook registration, callback answers)
      }
      double roll = rate > 0 ? next() : 1;
      Outcome outcome = roll >= rate ? Outcome.OK
          : Outcome.values()[1 + (int) (roll / rate * 4)];
      calls.add(new Call(field(telegram, body, telegram ? "chat_id" : "To"), text, outcome));
      return switch (outcome) {
        case OK -> ok;
        case LATE_OK -> ResponseDefinitionBuilder.like(ok).withFixedDelay(LATE_MS).build();
        case ERROR_500 -> error(500, telegram ? "telegram/api/error-500.json" : "twilio/api/error-500.json");
        case TOO_MANY_REQUESTS -> error(429, telegram ? "telegram/api/error-429.json" : "twilio/api/error-429.json");
        case RESET -> ResponseDefinitionBuilder.like(ok).withFault(Fault.CONNECTION_RESET_BY_PEER).build();
      };
    }

    private static ResponseDefinition error(int status, String fixture) {
      return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
          .withBody(Fixtures.text(fixture)).build();
    }

    /** A field of a Telegram JSON body or a Twilio form body, or null. */
    private static String field(boolean telegram, String body, String name) {
      if (telegram) {
        try {
          JsonNode n = JSON.readTree(body);
          return n.hasNonNull(name) ? n.get(name).asText() : null;
        } catch (IOException | RuntimeException e) {
          return null;
        }
      }
      for (String pair : body.split("&")) {
        if (pair.startsWith(name + "=")) {
          return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }

    @Override
    public String getName() {
      return "random-faults";
    }
  }
}
