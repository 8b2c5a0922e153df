package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  @Test
  void splitsAndGluesApostrophesAndWords() {
    assertThat(NameVariants.keys("M'diq")).containsEntry("m dik", false).containsEntry("mdik", false);
    assertThat(NameVariants.keys("Aïn-Chock")).containsEntry("ain chok", false).containsEntry("ainchok", false);
  }

  @Test
  void dropsNumberingAsAPartialKey() {
    assertThat(NameVariants.keys("Massira 1 A"))
        .containsEntry("masira 1 a", false)
        .containsEntry("masira", true);
    assertThat(NameVariants.keys("Massira2")).containsEntry("masira 2", false).containsEntry("masira", true);
    assertThat(NameVariants.keys("Sidi Moumen Jdid G1")).containsEntry("sidi mumen jdid", true);
    assertThat(NameVariants.keys("Salama III")).containsEntry("salama", true);
  }

  @Test
  void takesAssimilatedArticlesOff() {
    assertThat(NameVariants.keys("Hay Essalam")).containsKeys("esalam", "salam");
  }

  @Test
  void keepsANameMadeOnlyOfGenericWords() {
    assertThat(NameVariants.keys("Douar")).isEqualTo(Map.of("duar", false));
  }
}
