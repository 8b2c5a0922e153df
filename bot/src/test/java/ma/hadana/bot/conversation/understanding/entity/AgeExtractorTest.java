package ma.hadana.bot.conversation.understanding.entity;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.understanding.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeExtractorTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
  private static final AgeExtractor AGES = new AgeExtractor(NORMALIZER);

  private static Integer months(String message) {
    return AGES.extract(NORMALIZER.normalize(message)).map(ChildAge::months).orElse(null);
  }

  @ParameterizedTest(name = "{0} = {1} months")
  @CsvSource(delimiter = '|', textBlock = """
      18 mois                                  | 18
      2ans                                     | 24
      deux ans                                 | 24
      1 an et demi                             | 18
      un an                                    | 12
      bebe de 8 mois                           | 8
      mon fils a trois ans et demi             | 42
      il a 1,5 ans                             | 18
      3yo                                      | 36
      3 years old                              | 36
      two-year-old                             | 24
      14 months                                | 14
      a year and a half                        | 18
      she is 3                                 | 36
      my son is two and a half                 | 30
      for my 4 year old boy                    | 48
      عامين                                    | 24
      سنتين                                    | 24
      سنة ونصف                                 | 18
      عام ونص                                  | 18
      ثلاث سنوات                               | 36
      ٣ سنوات                                  | 36
      عندو 8 شهور                              | 8
      ستة أشهر                                 | 6
      عمره ١٨ شهرا                             | 18
      طفلي يبلغ سنة وشهرين                     | 14
      أربعة وعشرين شهر                         | 24
      ابني في الثالثة من عمره                  | 36
      عندو تلاتة ديال السنين                   | 36
      عندي ولد عندو عامين ونص                  | 30
      عندو عام                                 | 12
      3am                                      | 12
      3amin                                    | 24
      3 3am                                    | 36
      10 chhour                                | 10
      3am w nos                                | 18
      bnti 3ndha 2 snin                        | 24
      wldi 3ndo joj snin w nos                 | 30
      lbebe 3ndo 18 meses                      | 18
      """)
  void readsAges(String message, int months) {
    assertThat(months(message)).isEqualTo(months);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "l3am jay",
      "3am jay",
      "العام الجاي",
      "عطاوني موعد حتى العام الجاي",
      "هاد السنة ما كاينش البلاصة",
      "3000 dh",
      "l'inscription coûte 3000 dh par mois",
      "i cant afford 2000 dh a month",
      "0612345678",
      "+212 6 12 34 56 78",
      "2 enfants",
      "CR-00012",
      "la crèche ferme à 8h",
      "liste d'attente de 6 mois",
      "je cherche depuis 2 ans",
      "3",
      "numero 2",
  })
  void refusesNumbersThatAreNotAges(String message) {
    assertThat(months(message)).isNull();
  }

  @org.junit.jupiter.api.Test
  void reportsAnOlderAgeButFlagsIt() {
    ChildAge age = AGES.extract(NORMALIZER.normalize("mon fils a 9 ans")).orElseThrow();
    assertThat(age.months()).isEqualTo(108);
    assertThat(age.plausible()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void prefersAPlausibleAgeOverAnOlderOne() {
    assertThat(months("j'ai 25 ans et mon bébé a 8 mois")).isEqualTo(8);
  }
}
