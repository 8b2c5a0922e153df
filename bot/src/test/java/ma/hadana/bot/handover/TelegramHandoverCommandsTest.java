package ma.hadana.bot.handover;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.conversation.reply.ReplyCatalog;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Telegram's {@code /agent} asks for a person as AGENT does, {@code /bot} hands the conversation
 * back to the bot as BOT does, and {@code /help} lists both: in the language the user writes, else
 * in the user's Telegram language.
 */
class TelegramHandoverCommandsTest extends ChannelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReplyCatalog CATALOG = new ReplyCatalog();

  @Autowired Inbox inbox;
  private int update = 40000;

  private void say(String text, String language) throws Exception {
    String body = Fixtures.text("telegram/text.json")
        .replace("10000", String.valueOf(++update))
        .replace("\"language_code\":\"fr\"", "\"language_code\":\"" + language + "\"")
        .replace("Bonjour, une crèche à Maarif pour ma fille de 2 ans", text);
    mvc.perform(MockMvcRequestBuilders.post("/webhooks/telegram")
            .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))
            .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET))
        .andExpect(status().isOk());
    while (sendOutbox() > 0) {
      // one message per chat per pass
    }
  }

  private static List<String> sent() throws Exception {
    List<String> out = new ArrayList<>();
    for (var r : requests(telegram("sendMessage"))) {
      out.add(JSON.readTree(r.getBodyAsString()).get("text").asText());
    }
    return out;
  }

  private String state() {
    return jdbc.sql("SELECT state FROM handover").query(String.class).single();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      fr | Bonjour, je cherche pour mon fils | robot Hadana
      en | Hello, I am looking for my son    | Hadana bot
      ar | مرحبا، أبحث عن حضانة لابني        | عدت إلى روبوت «حضانة»
      """)
  void agentHandsTheChatToAPersonAndBotTakesItBack(String language, String forThePerson,
      String back) throws Exception {
    say("/agent", language);
    assertThat(state()).isEqualTo("handed_over");
    assertThat(inbox.open(10)).singleElement()
        .satisfies(i -> assertThat(i.channel()).isEqualTo("telegram"));
    int acks = sent().size();
    assertThat(acks).isPositive();

    say(forThePerson, language);
    assertThat(sent()).hasSize(acks); // a person has the conversation: the bot stays quiet

    say("/bot@HadanaBot", language);
    assertThat(state()).isEqualTo("closed");
    assertThat(inbox.open(10)).isEmpty();
    assertThat(sent()).hasSize(acks + 1).last().asString().contains(back);
  }

  @ParameterizedTest
  @CsvSource({"fr, parler à une personne", "en, talk to a person", "ar, ليجيبك شخص"})
  void helpListsBotAndAgent(String language, String agent) throws Exception {
    say("/help", language);
    assertThat(sent()).last().asString().contains("/agent").contains("/bot").contains(agent);
  }

  @Test
  void botOutsideAHandoverJustSaysTheBotIsBack() throws Exception {
    say("/bot", "fr");
    assertThat(jdbc.sql("SELECT count(*) FROM handover").query(Long.class).single()).isZero();
    assertThat(sent()).last().asString().contains("robot Hadana");
  }

  /** The ack names {@code /bot}, not the BOT keyword of SMS and WhatsApp. */
  @ParameterizedTest
  @CsvSource({"fr, FR", "en, EN", "ar, AR"})
  void theAckOfAgentNamesTheBotCommand(String language, ReplyVariant v) throws Exception {
    say("/agent", language);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "human.ack.telegram"))
        .contains("/bot");
  }

  /**
   * A command's words are the bot's, in the user's Telegram language: they never switch the
   * language the user writes in (روبوت, /bot's Arabic word, reads as Darija to the detector).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ar | مرحبا، أريد حضانة لابني من فضلك           | AR
      ar | السلام، بغيت شي كريش لولدي عافاك          | ARY
      fr | Bonjour, je cherche une crèche pour mon fils | FR
      en | Hello, I am looking for a nursery for my son | EN
      fr | Hello, I am looking for a nursery for my son | EN
      en | salam bghit chi creche l wldi 3afak          | ARY_LATN
      """)
  void commandsAreAnsweredInTheLanguageTheUserWrites(String telegram, String first,
      ReplyVariant v) throws Exception {
    say(first, telegram);
    say("/bot", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "bot.back"));
    say("/help", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "help.telegram"));
    say("/agent", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "human.ack.telegram"));
    say("/bot", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "bot.back"));
  }

  /** A first message that is a command speaks the user's Telegram language (French otherwise). */
  @ParameterizedTest
  @CsvSource({"ar, AR", "en, EN", "fr, FR", "de, FR"})
  void aNewUsersCommandIsAnsweredInItsTelegramLanguage(String telegram, ReplyVariant v)
      throws Exception {
    say("/bot", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "bot.back"));
    say("/help", telegram);
    assertThat(sent()).last().asString().isEqualTo(CATALOG.text(v, "help.telegram"));
  }
}
