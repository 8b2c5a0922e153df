package ma.hadana.bot.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralCodeTest {

  @Test
  void generatedCodesAreReadBackWhateverTheCaseSpacesOrDashes() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = ReferralCode.generate(random);
      seen.add(code);
      assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
      assertThat(ReferralCode.in(code)).contains(code);
      String spaced = code.substring(0, 3).toLowerCase() + " - " + code.substring(3);
      assertThat(ReferralCode.in("  " + spaced + " ")).contains(code);
      assertThat(ReferralCode.in(code.charAt(0) + " " + code.substring(1, 4) + "." + code.substring(4)))
          .contains(code);
    }
    assertThat(seen).hasSizeGreaterThan(1_990);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Agdal 2", "Anfa 22", "anfa 20", "Maarif 2 ans", "2 ans", "3", "oui",
      "ok merci", "salam", "STOP", "help", "AIDE", "slt", "Casa 24", "hay 33", "EN", "darija",
      "24 mois", "36mois", "sale 3", "Tanger", "bghit creche", "rabat 10", "1 2 3",
      "A2B", "PLUS", "MORE", "zid", "k7m2qxx", "SUPPRIMER", "DELETE", "احذف", "٢٣٤٥٦٧",
      "AB23CD45", "+212612345678", "0612345678"})
  void ordinaryShortMessagesAreNotCodes(String text) {
    assertThat(ReferralCode.in(text)).as(text).isEmpty();
  }

  @Test
  void randomShortWordsWithAtMostOneDigitAreNeverCodes() {
    Random random = new Random(42);
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 2 + random.nextInt(8);
      for (int j = 0; j < n; j++) {
        sb.append(letters.charAt(random.nextInt(letters.length())));
      }
      if (random.nextBoolean()) {
        sb.insert(random.nextInt(sb.length() + 1), " " + random.nextInt(10));
      }
      assertThat(ReferralCode.in(sb.toString())).as(sb.toString()).isEmpty();
    }
  }
}
