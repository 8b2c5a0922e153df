package ma.hadana.bot.conversation.understanding.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Crèche à SALÉ !!!                | creche a sale
      merciiii 🙏🙏                     | merci
      slt, jcherche une crèche pr mon bb | salut je cherche une creche pour mon bebe
      bjr svp                          | bonjour s il vous plait
      stp qqn peut m'aider ? bcp dsl   | s il te plait quelqu un peut m aider beaucoup desole
      ana mn mali                      | ana mn mali
      3ans                             | 3 ans
      2ans et demi                     | 2 ans et demi
      3000dh                           | 3000 dh
      8h                               | 8 h
      CR-00012                         | cr 00012
      1,5 ans                          | 1.5 ans
      ٣سنوات                           | 3 سنوات
      أُريدُ حضـــانة                    | اريد حضانه
      <b>test</b>                      | test
      ههههههه                          | ه
      """)
  void foldsExpandsAndSplits(String message, String folded) {
    assertThat(NORMALIZER.normalize(message).folded()).isEqualTo(folded);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      7ay        | hay
      9rib       | qrib
      3afak      | afak
      wa7ed      | wahed
      m3ah       | mah
      5dma       | khdma
      3am        | am
      """)
  void readsArabiziDigitsAsLetters(String word, String plain) {
    NormalizedText text = NORMALIZER.normalize(word);
    assertThat(text.tokens()).containsExactly(word);
    assertThat(text.plainTokens()).containsExactly(plain);
    assertThat(text.arabizi()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3 ans      | 3, ans
      3ans       | 3, ans
      3yo        | 3, yo
      10chhour   | 10, chhour
      0612345678 | 0612345678
      """)
  void keepsNumbersAsNumbers(String message, String tokens) {
    NormalizedText text = NORMALIZER.normalize(message);
    assertThat(String.join(", ", text.tokens())).isEqualTo(tokens);
    assertThat(text.arabizi()).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      bghit creche f 7ay riad              | LATIN
      بغيت كريش                            | ARABIC
      Bonjour, بغيت crèche ف Hivernage     | MIXED
      👍                                   | NONE
      12                                   | NONE
      ٣                                    | ARABIC
      ؟؟                                   | ARABIC
      """)
  void tellsTheScript(String message, Script script) {
    assertThat(NORMALIZER.normalize(message).script()).isEqualTo(script);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      \u202bسلا\u202c | سلا
      a\u200fb        | ab
      """)
  void stripsBidiControls(String message, String folded) {
    assertThat(NORMALIZER.normalize(message).folded()).isEqualTo(folded);
  }

  @org.junit.jupiter.api.Test
  void emptyAndEmojiOnlyMessagesHaveNoTokens() {
    assertThat(NORMALIZER.normalize("").tokens()).isEmpty();
    assertThat(NORMALIZER.normalize(null).tokens()).isEmpty();
    assertThat(NORMALIZER.normalize("😂😂 !!").tokens()).isEmpty();
    assertThat(NORMALIZER.normalize("😂😂 !!").hasNoLetters()).isTrue();
  }
}
