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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.telegram.TelegramProperties.Mode;
import ma.hadana.bot.conversation.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * setMyCommands through the real Bot API client against a fake Bot API: the French default menu
 * and the ar, en and fr lists, in webhook and polling mode, retried in the background after
 * failures (500, a reset connection) from the list Telegram has not accepted yet.
 */
class TelegramCommandMenuTest {

  private static final String OK = "{\"ok\":true,\"result\":true}";
  private static final String ERROR =
      "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WireMockServer api;
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private TelegramCommandMenu menu;

  @BeforeEach
  void start() {
    api = new WireMockServer(options().dynamicPort().bindAddress("localhost"));
    api.start();
  }

  @AfterEach
  void stop() {
    if (menu != null) {
      menu.stop();
    }
    api.stop();
  }

  private TelegramCommandMenu menu(String token, Mode mode, String secret) {
    TelegramProperties props = new TelegramProperties(token, secret, mode,
        "http://localhost:" + api.port(), 30, Duration.ZERO, Duration.ofSeconds(5));
    menu = new TelegramCommandMenu(new TelegramChannel(props, new WebhookProperties("")), props,
        meters, Duration.ofMillis(20), Duration.ofMillis(80));
    return menu;
  }

  private List<JsonNode> calls() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (LoggedRequest r : api.findAll(postRequestedFor(urlPathMatching(telegram("setMyCommands"))))) {
      out.add(JSON.readTree(r.getBodyAsString()));
    }
    return out;
  }

  private static String language(JsonNode call) {
    return call.hasNonNull("language_code") ? call.get("language_code").asText() : "default";
  }

  private static Map<String, String> commands(JsonNode call) {
    Map<String, String> out = new LinkedHashMap<>();
    call.get("commands").forEach(c -> out.put(c.get("command").asText(), c.get("description").asText()));
    return out;
  }

  @Test
  void setsTheFrenchDefaultMenuThenTheArabicEnglishAndFrenchOnes() throws Exception {
    api.stubFor(post(urlPathMatching(telegram("setMyCommands"))).willReturn(json(200, OK)));
    TelegramCommandMenu m = menu(ChannelTest.BOT_TOKEN, Mode.WEBHOOK, ChannelTest.TELEGRAM_SECRET);
    m.register();
    assertThat(m.registered().get(20, TimeUnit.SECONDS)).isEqualTo(1);

    List<JsonNode> calls = calls();
    assertThat(calls).extracting(TelegramCommandMenuTest::language)
        .containsExactly("default", "ar", "en", "fr");
    assertThat(calls).allSatisfy(c -> assertThat(commands(c).keySet())
        .containsExactly("start", "help", "stop", "agent", "bot"));
    assertThat(commands(calls.get(0))).isEqualTo(commands(calls.get(3)))
        .containsEntry("bot", "Revenir au robot")
        .containsEntry("agent", "Parler à une personne de l'équipe");
    assertThat(commands(calls.get(1))).containsEntry("bot", "العودة إلى الروبوت")
        .containsEntry("stop", "إيقاف الرسائل");
    assertThat(commands(calls.get(2))).containsEntry("bot", "Back to the bot")
        .containsEntry("help", "Help: searching, talking to a person, stopping");
    assertThat(calls).allSatisfy(c -> assertThat(c.has("scope")).isFalse()); // default scope
    assertThat(meters.counter("hadana.telegram.commands.retries").count()).isZero();
    m.register(); // a second ready event sets nothing more
    assertThat(calls()).hasSize(4);
  }

  @Test
  void retriesInTheBackgroundFromTheListTelegramDidNotAccept() throws Exception {
    String path = telegram("setMyCommands");
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willSetStateTo("failing").willReturn(json(200, OK)));
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs("failing")
        .willSetStateTo("reset").willReturn(json(500, ERROR)));
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs("reset")
        .willSetStateTo("up").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    api.stubFor(post(urlPathMatching(path)).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(json(200, OK)));
    TelegramCommandMenu m = menu(ChannelTest.BOT_TOKEN, Mode.WEBHOOK, ChannelTest.TELEGRAM_SECRET);

    m.register();
    assertThat(m.registered().get(20, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(calls()).extracting(TelegramCommandMenuTest::language)
        .containsExactly("default", "ar", "ar", "ar", "en", "fr");
    assertThat(meters.counter("hadana.telegram.commands.retries").count()).isEqualTo(2.0);
  }

  @Test
  void setsTheMenuInPollingModeToo() throws Exception {
    api.stubFor(post(urlPathMatching(telegram("setMyCommands"))).willReturn(json(200, OK)));
    TelegramCommandMenu m = menu(ChannelTest.BOT_TOKEN, Mode.POLLING, "");
    m.register();
    assertThat(m.registered().get(20, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(calls()).hasSize(4);
  }

  @Test
  void nothingIsSetWhenTelegramIsDisabled() throws Exception {
    api.stubFor(post(urlPathMatching(telegram("setMyCommands"))).willReturn(json(200, OK)));
    TelegramCommandMenu m = menu("", Mode.WEBHOOK, ChannelTest.TELEGRAM_SECRET);
    m.register();
    assertThat(m.registered()).isNotDone();
    assertThat(calls()).isEmpty();
  }

  /** Telegram takes descriptions of 1 to 256 characters; each command has one per language. */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FR", "AR", "EN"})
  void everyCommandHasADescriptionTelegramTakes(Language language) {
    for (String command : TelegramCommandMenu.COMMANDS) {
      assertThat(TelegramCommands.description(command, language)).as("/%s in %s", command, language)
          .isNotBlank().hasSizeLessThanOrEqualTo(256);
    }
  }
}
