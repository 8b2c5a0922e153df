package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest(name = "{0}/{1} = {2}")
  @CsvSource({
    "mumen, mumen, 0",
    "muman, mumen, 1",
    "marief, marif, 1",
    "bukhalf, bukhalef, 1",
    "sidi, sdii, 1", // one transposition
    "abc, xyz, 3",
    "'', abc, 3",
  })
  void countsInsertionsDeletionsSubstitutionsAndTranspositions(String a, String b, int d) {
    assertThat(EditDistance.distance(a, b, 5)).isEqualTo(d);
  }

  @ParameterizedTest(name = "{0} letters: {1} edits")
  @CsvSource({"1, 0", "4, 0", "5, 1", "8, 1", "9, 2", "15, 2"})
  void allowsMoreEditsForLongerWords(int length, int edits) {
    assertThat(EditDistance.budget(length)).isEqualTo(edits);
  }

  @ParameterizedTest
  @CsvSource({"casablanca, rabat", "abcdefgh, hgfedcba"})
  void stopsCountingPastTheBound(String a, String b) {
    assertThat(EditDistance.distance(a, b, 1)).isEqualTo(2);
  }
}
