package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.understanding.MessageUnderstanding;
import ma.hadana.bot.conversation.understanding.TrainedUnderstanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keywords the bot's replies tell families to type are read by rule as the whole message,
 * whatever the case, accents, Arabic diacritics, trailing punctuation or emoji.
 */
class WholeMessageKeywordsTest {

  private static final MessageUnderstanding NLU = TrainedUnderstanding.get();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PLUS                  | MORE
      plus.                 | MORE
      More!                 | MORE
      MORE 👇               | MORE
      ZID                   | MORE
      zid!!                 | MORE
      المزيد                | MORE
      المَزِيد              | MORE
      زيد                   | MORE
      زيد 🙏                | MORE
      suivant               | MORE
      Suivant ?             | MORE
      next                  | MORE
      NEXT.                 | MORE
      AIDE                  | HELP
      aide ?                | HELP
      Aide!                 | HELP
      HELP                  | HELP
      help??                | HELP
      3AWNI                 | HELP
      3awni 🙏              | HELP
      مساعدة                | HELP
      مُسَاعَدَة              | HELP
      مساعدة؟               | HELP
      عاوني                 | HELP
      عاوني!                | HELP
      AGENT                 | HUMAN
      agent.                | HUMAN
      موظف                  | HUMAN
      مُوَظَّف                 | HUMAN
      parler à quelqu'un    | HUMAN
      Parler a quelqu un    | HUMAN
      PARLER À QUELQU’UN !  | HUMAN
      talk to a person      | HUMAN
      Talk to a person.     | HUMAN
      STOP                  | STOP
      stop!                 | STOP
      Stop 🛑               | STOP
      ARRET                 | STOP
      arrêt                 | STOP
      ARRÊT.                | STOP
      وقف                   | STOP
      وَقِّفْ                   | STOP
      توقف                  | STOP
      توقف!                 | STOP
      STOPALL               | STOP
      UNSUBSCRIBE           | STOP
      unsubscribe.          | STOP
      CANCEL                | STOP
      END                   | STOP
      QUIT                  | STOP
      quit!                 | STOP
      START                 | START
      start.                | START
      UNSTOP                | START
      ابدأ                  | START
      ابدا                  | START
      إبدأ!                 | START
      بدا                   | START
      rja3 sift             | START
      RJA3 SIFT!            | START
      BOT                   | BOT
      bot svp               | BOT
      Robot                 | BOT
      retour au bot         | BOT
      back to the bot       | BOT
      روبوت                 | BOT
      البوت                 | BOT
      القائمة               | BOT
      """)
  void keywordAloneIsItsCommand(String message, Intent intent) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(intent);
    assertThat(result.confidence()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"tu es un robot ?", "are you a bot?",
      "menu"})
  void aSentenceAboutTheBotDoesNotHandItBack(String message) {
    assertThat(NLU.understand(message).intent().intent()).isNotEqualTo(Intent.BOT);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      FRANÇAIS     | FR
      francais!    | FR
      French       | FR
      ARABE        | AR
      العربية      | AR
      العَرَبِيَّة     | AR
      Arabic.      | AR
      DARIJA       | ARY
      الدارجة      | ARY
      darija 🙏    | ARY
      ENGLISH      | EN
      anglais ?    | EN
      الإنجليزية   | EN
      """)
  void languageNameAloneSwitchesToIt(String message, Language target) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(Intent.LANG_SWITCH);
    assertThat(result.langSwitchTarget()).isEqualTo(target);
    assertThat(result.confidence()).isEqualTo(1.0);
  }
}
