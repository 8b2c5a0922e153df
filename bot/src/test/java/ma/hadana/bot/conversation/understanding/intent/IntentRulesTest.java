package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.understanding.MessageUnderstanding;
import ma.hadana.bot.conversation.understanding.TrainedUnderstanding;
import ma.hadana.bot.conversation.understanding.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRulesTest {

  private static final MessageUnderstanding NLU = TrainedUnderstanding.get();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"STOP", "stop", "Stop.", "ARRET", "arrêt", "ARRÊT", "STOPALL", "UNSUBSCRIBE",
      "CANCEL", "END", "QUIT", "وقف", "توقف", "ستوب", "stop svp", "ghir stop", "STOP STOP"})
  void optOutKeywordAloneStops(String message) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(Intent.STOP);
    assertThat(result.confidence()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stop, je cherche une crèche à Salé", "bghit creche f sla, stop",
      "end of the street, near Maarif, looking for a creche", "Arrêt de bus Hay Riad, une crèche svp"})
  void optOutKeywordInsideASearchIsASearch(String message) {
    assertThat(NLU.understand(message).intentType()).isEqualTo(Intent.FIND);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"START", "start", "UNSTOP", "ابدأ", "Start please"})
  void optInKeywordAloneStarts(String message) {
    assertThat(NLU.understand(message).intentType()).isEqualTo(Intent.START);
  }

  @ParameterizedTest(name = "{0} picks {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1         | 1
      3         | 3
      20        | 20
      ٣         | 3
      ۴         | 4
      n°3       | 3
      #2        | 2
      number 2  | 2
      رقم ٥     | 5
      3eme      | 3
      la première | 1
      الأولى    | 1
      la deuxième crèche svp | 2
      details on number 3    | 3
      number one             | 1
      nmra wa7ed             | 1
      """)
  void bareNumberPicksAResult(String message, int choice) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(Intent.DETAILS);
    assertThat(result.choice()).isEqualTo(choice);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"21", "0", "2025", "0612345678"})
  void numberOutOfRangeIsNoPick(String message) {
    assertThat(NLU.understand(message).intent().choice()).isNull();
  }

  @org.junit.jupiter.api.Test
  void bareNumberAnswersTheQuestionAfterTheBotAskedTheAge() {
    IntentResult result = NLU.understand("3", Language.FR, Prompt.AGE).intent();
    assertThat(result.intent()).isEqualTo(Intent.FIND);
    assertThat(result.choice()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plus", "more", "zid", "المزيد", "suivant", "next", "plus svp", "zid 3afak",
      "more please", "autres"})
  void shortMoreWordAsksForMore(String message) {
    assertThat(NLU.understand(message).intentType()).isEqualTo(Intent.MORE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      FR                        | FR
      EN                        | EN
      ANGLAIS                   | EN
      français svp              | FR
      en français               | FR
      english please            | EN
      in English please         | EN
      عربية                     | AR
      العربية                   | AR
      darija                    | ARY
      b darija 3afak            | ARY
      بالدارجة                  | ARY
      بالفرنساوية عافاك         | FR
      باللغة الإنجليزية من فضلك | EN
      moroccan arabic           | ARY
      """)
  void languageNameAloneSwitchesLanguage(String message, Language target) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(Intent.LANG_SWITCH);
    assertThat(result.langSwitchTarget()).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      reply in english i dont speak french               | EN
      répondez en français je comprends pas l'anglais     | FR
      لا أفهم العربية جيدا، أفضل الإنجليزية               | EN
      """)
  void switchTargetIsTheLanguageNotNegated(String message, Language target) {
    Understanding u = NLU.understand(message);
    assertThat(u.intentType()).isEqualTo(Intent.LANG_SWITCH);
    assertThat(u.intent().langSwitchTarget()).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      l'inscription coûte 3000 dh, impossible pour nous    | COST
      The creche asked for my passport and I lost it       | DOCUMENTS
      On nous a dit que la crèche est réservée aux Marocains | DISCRIMINATION
      رفضوا ابنتي لأنها تعاني من إعاقة حركية               | DISABILITY
      la crèche ferme à 16h et je finis à 19h              | HOURS
      """)
  void obstacleGetsItsCategory(String message, Obstacle category) {
    IntentResult result = NLU.understand(message).intent();
    assertThat(result.intent()).isEqualTo(Intent.OBSTACLE);
    assertThat(result.obstacleCategory()).isEqualTo(category);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "   ", "😂😂", "?!"})
  void messageWithoutWordsIsUnknown(String message) {
    assertThat(NLU.understand(message).intentType()).isEqualTo(Intent.UNKNOWN);
  }
}
