package ma.hadana.bot.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole-message keyword (روبوت, BOT, aide, zid, STOP...) is answered in the language the
 * sender already uses: one word, often a loanword, must not switch it (روبوت read as Darija
 * made an Arabic speaker's "back to the bot" come back in Darija).
 */
@SpringBootTest
class KeywordLanguageTest {

  /**
   * Keywords of every language, each a whole message: none may move the reply language (fewer
   * than the 20 messages a sender may send in ten minutes).
   */
  private static final List<String> KEYWORDS = List.of("روبوت", "BOT", "retour au bot",
      "back to the bot", "البوت", "aide", "help", "مساعده", "3awni", "zid", "المزيد", "plus",
      "agent", "موظف", "STOP", "ابدا", "reprendre");

  @Autowired Conversation conversation;

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      fr       | Bonjour, je cherche une crèche pour mon fils s'il vous plaît
      en       | Hello, I am looking for a nursery for my son please
      ar       | مرحبا، أريد حضانة لابني من فضلك
      ary      | السلام، بغيت شي كريش لولدي عافاك
      ary-Latn | salam bghit chi creche l wldi 3afak
      """)
  void keywordsAreAnsweredInTheLanguageTheSenderUses(String tag, String first) {
    Chat chat = new Chat(conversation, Channel.SMS);
    assertThat(languages(chat.say(first))).as("the first message sets %s", tag).containsOnly(tag);
    for (String keyword : KEYWORDS) {
      assertThat(languages(chat.say(keyword))).as("%s after %s", keyword, tag).containsOnly(tag);
    }
  }

  @Test
  void aKeywordDoesNotOverrideAChosenLanguageEither() {
    Chat chat = new Chat(conversation, Channel.SMS);
    assertThat(languages(chat.say("العربية"))).containsOnly("ar");
    assertThat(languages(chat.say("روبوت"))).containsOnly("ar");
    assertThat(languages(chat.say("aide"))).containsOnly("ar");
  }

  @ParameterizedTest
  @CsvSource({"aide, fr", "help, en", "3awni, ary-Latn"})
  void aNewSendersKeywordStillTellsItsLanguage(String keyword, String tag) {
    assertThat(languages(new Chat(conversation, Channel.SMS).say(keyword))).containsOnly(tag);
  }

  private static List<String> languages(Turn t) {
    assertThat(t.replies()).isNotEmpty();
    return t.replies().stream().map(Reply::language).distinct().toList();
  }
}
