package ma.hadana.bot.conversation.understanding.entity;

import ma.hadana.bot.conversation.Filter;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.understanding.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterExtractorTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
  private static final FilterExtractor FILTERS = new FilterExtractor(NORMALIZER);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      une crèche gratuite à Salé              | FREE
      any free nursery in Hay Riad            | FREE
      kayna chi roud fabor f agadir           | FREE
      بغيت كريش فابور                         | FREE
      روضة مجانية                             | FREE
      حضانة بالمجان                           | FREE
      creche bla flous                        | FREE
      بلا فلوس                                | FREE
      préscolaire public à Mohammedia         | PUBLIC
      هل توجد روضة عمومية                     | PUBLIC
      روض ديال الدولة                         | PUBLIC
      roud dyal dawla                         | PUBLIC
      crèche qui accepte les enfants sans papiers | ACCEPTS_UNDOCUMENTED
      sans acte de naissance                  | ACCEPTS_UNDOCUMENTED
      daycare without papers                  | ACCEPTS_UNDOCUMENTED
      روضة تقبل الأطفال بدون وثائق            | ACCEPTS_UNDOCUMENTED
      كيقبل الدراري بلا وراق                  | ACCEPTS_UNDOCUMENTED
      creche bla wra9                         | ACCEPTS_UNDOCUMENTED
      drari li 3ndhom handicap                | SPECIAL_NEEDS
      enfant autiste                          | SPECIAL_NEEDS
      special needs                           | SPECIAL_NEEDS
      طفل عنده إعاقة                          | SPECIAL_NEEDS
      ذوي الاحتياجات الخاصة                   | SPECIAL_NEEDS
      طفل مصاب بالتوحد                        | SPECIAL_NEEDS
      crèche avec repas                       | MEALS
      cantine                                 | MEALS
      daycare with lunch                      | MEALS
      meals included                          | MEALS
      واش فيها الأكل                          | MEALS
      فيها الماكلة                            | MEALS
      kayna makla                             | MEALS
      ouverte le samedi                       | OPEN_SATURDAY
      open on saturday                        | OPEN_SATURDAY
      حلة نهار السبت                          | OPEN_SATURDAY
      mhloula nhar sebt                       | OPEN_SATURDAY
      """)
  void findsTheFilterAskedFor(String message, Filter filter) {
    assertThat(FILTERS.extract(NORMALIZER.normalize(message))).containsExactly(filter);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "je cherche une crèche à Agdal",
      "bghit creche f hay mohammadi",
      "rj3i ghda",
      "أبحث عن حضانة في الرباط",
  })
  void findsNoFilterInAPlainSearch(String message) {
    assertThat(FILTERS.extract(NORMALIZER.normalize(message))).isEmpty();
  }
}
