package ma.hadana.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.telegram.TelegramEvent.Blocked;
import ma.hadana.bot.channel.telegram.TelegramEvent.Command;
import ma.hadana.bot.channel.telegram.TelegramEvent.Ignored;
import ma.hadana.bot.channel.telegram.TelegramEvent.Pressed;
import ma.hadana.bot.channel.telegram.TelegramEvent.Said;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TelegramMapperTest {

  static TelegramEvent event(String fixture) {
    return event(fixture, "", "");
  }

  static TelegramEvent event(String fixture, String text, String replacement) {
    String json = Fixtures.text("telegram/" + fixture);
    byte[] body = (text.isEmpty() ? json : json.replace("\"text\":\"" + text + "\"",
        "\"text\":\"" + replacement + "\"")).getBytes(StandardCharsets.UTF_8);
    return TelegramMapper.event(TelegramUpdates.parse(body).orElseThrow());
  }

  static Stream<Arguments> updates() {
    return Stream.of(
        Arguments.of("text.json", Said.class), Arguments.of("location.json", Said.class),
        Arguments.of("venue.json", Said.class), Arguments.of("callback_query.json", Pressed.class),
        Arguments.of("start_payload.json", Said.class), Arguments.of("start.json", Said.class),
        Arguments.of("help.json", Said.class), Arguments.of("stop.json", Said.class),
        Arguments.of("edited_message.json", Ignored.class),
        Arguments.of("my_chat_member_kicked.json", Blocked.class),
        Arguments.of("group_text.json", Ignored.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updates")
  void readsEachDocumentedUpdate(String fixture, Class<?> kind) {
    assertThat(event(fixture)).isInstanceOf(kind);
  }

  @Test
  void readsTextWithItsChatAndLanguage() {
    Said s = (Said) event("text.json");
    assertThat(s.updateId()).isEqualTo(10000);
    assertThat(s.chatId()).isEqualTo("1111111");
    assertThat(s.text()).isEqualTo("Bonjour, une crèche à Maarif pour ma fille de 2 ans");
    assertThat(s.languageCode()).isEqualTo("fr");
    assertThat(s.command()).isNull();
    assertThat(s.location()).isNull();
  }

  @Test
  void readsAVenueAsItsCoordinates() {
    Said s = (Said) event("venue.json");
    assertThat(s.location().lat()).isEqualTo(33.5862);
    assertThat(s.location().lon()).isEqualTo(-7.6321);
    assertThat(s.text()).isEmpty();
  }

  @Test
  void readsCommandsAndTheDeepLinkCode() {
    Said start = (Said) event("start_payload.json");
    assertThat(start.command()).isEqualTo(Command.START);
    assertThat(start.startCode()).isEqualTo("AMAL_ref-42");
    assertThat(((Said) event("start.json")).startCode()).isNull();
    assertThat(((Said) event("stop.json")).command()).isEqualTo(Command.STOP);
    assertThat(((Said) event("help.json")).command()).isEqualTo(Command.HELP);
    assertThat(((Said) event("help.json", "/help", "/bot")).command()).isEqualTo(Command.BOT);
    assertThat(((Said) event("help.json", "/help", "/AGENT@HadanaBot")).command())
        .isEqualTo(Command.AGENT);
    assertThat(((Said) event("help.json", "/help", "/robot")).command()).isNull();
  }

  @Test
  void readsAButtonPressAsItsData() {
    Pressed p = (Pressed) event("callback_query.json");
    assertThat(p.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
    assertThat(p.data()).isEqualTo("1");
    assertThat(p.chatId()).isEqualTo("1111111");
  }

  @Test
  void refusesWhatIsNotAnUpdate() {
    assertThat(TelegramUpdates.parse("{\"message\":{}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(TelegramUpdates.parse("[1,2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(TelegramUpdates.parse("{\"update_id\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(TelegramUpdates.parse(new byte[0])).isEmpty();
  }

  @Test
  void turnsCommandsIntoWordsOfTheUsersLanguage() {
    assertThat(TelegramCommands.text(Command.START, false, "fr")).isEqualTo("bonjour");
    assertThat(TelegramCommands.text(Command.START, true, "ar")).isEqualTo("ابدأ");
    assertThat(TelegramCommands.text(Command.HELP, false, "en-GB")).isEqualTo("help");
    assertThat(TelegramCommands.text(Command.STOP, false, null)).isEqualTo("arret");
    assertThat(TelegramCommands.text(Command.STOP, false, "es")).isEqualTo("arret");
    assertThat(TelegramCommands.text(Command.BOT, false, "fr")).isEqualTo("retour au bot");
    assertThat(TelegramCommands.text(Command.BOT, false, "ar")).isEqualTo("روبوت");
    assertThat(TelegramCommands.text(Command.AGENT, false, "en")).isEqualTo("talk to a person");
    assertThat(TelegramCommands.text(Command.AGENT, false, "ar")).isEqualTo("موظف");
  }
}
