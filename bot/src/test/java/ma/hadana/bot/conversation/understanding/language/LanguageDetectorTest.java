package ma.hadana.bot.conversation.understanding.language;

import ma.hadana.bot.conversation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.understanding.MessageUnderstanding;
import ma.hadana.bot.conversation.understanding.TrainedUnderstanding;
import ma.hadana.bot.conversation.understanding.Understanding;
import ma.hadana.bot.conversation.understanding.intent.Prompt;
import ma.hadana.bot.conversation.understanding.text.Script;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  private static final MessageUnderstanding NLU = TrainedUnderstanding.get();

  @ParameterizedTest(name = "{0} is {1} in {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Bonjour, je cherche une crèche pour ma fille de 2 ans à Casablanca | FR  | LATIN
      Hi, I am looking for a daycare for my son in Agadir                | EN  | LATIN
      bghit creche f hay riad, wldi 3ndo 3am w nos                       | ARY | LATIN
      بغيت كريش ف سيدي مومن عافاك                                        | ARY | ARABIC
      أبحث عن حضانة في الرباط لطفلي البالغ من العمر ثلاث سنوات           | AR  | ARABIC
      """)
  void tellsLanguageAndScript(String message, Language language, Script script) {
    Understanding u = NLU.understand(message);
    assertThat(u.language()).isEqualTo(language);
    assertThat(u.script()).isEqualTo(script);
    assertThat(u.languageConfidence()).isGreaterThan(0.5);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "👍", "😂😂😂", "...", "3"})
  void messageWithoutLettersKeepsTheSendersLanguage(String message) {
    Understanding u = NLU.understand(message, Language.ARY, Prompt.NONE);
    assertThat(u.language()).isEqualTo(Language.ARY);
    assertThat(u.languageConfidence()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "👍", "3"})
  void messageWithoutLettersFromANewSenderIsFrench(String message) {
    assertThat(NLU.understand(message).language()).isEqualTo(Language.FR);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"٣", "؟؟"})
  void arabicDigitsOrPunctuationAloneMeanArabic(String message) {
    assertThat(NLU.understand(message).language()).isEqualTo(Language.AR);
  }
}
