package ma.hadana.registry.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest
  @CsvSource({
    "Maârif, maarif",
    "Aïn-Chock, ain-chock",
    "Témara, temara",
    "CRÈCHE, creche",
    "Œuvre, oeuvre",
    "الدار البيضاء, الدار البيضاء",
    "أكادير, اكادير",
    "إنزكان, انزكان",
    "آسفي, اسفي",
    "مدرسةٌ, مدرسه",
    "حضـــانة, حضانه",
    "مصطفى, مصطفي",
    "٣ سنوات, 3 سنوات",
    "۴, 4",
    "\u202bسلا\u202c, سلا",
  })
  void foldsSpellingVariantsTogether(String in, String out) {
    assertThat(Fold.fold(in)).isEqualTo(out);
  }
}
