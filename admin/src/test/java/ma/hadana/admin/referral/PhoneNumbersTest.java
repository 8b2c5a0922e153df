package ma.hadana.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource({
      "0612345678, +212612345678",
      "06 12 34 56 78, +212612345678",
      "07.12.34.56.78, +212712345678",
      "+212 6 12 34 56 78, +212612345678",
      "+212 (0)6 12 34 56 78, +212612345678",
      "00212712345678, +212712345678",
      "212612345678, +212612345678",
      "+33 6 12 34 56 78, +33612345678",
      "0033612345678, +33612345678",
      "+221 77 123 45 67, +221771234567"})
  void normalisesMobileNumbers(String typed, String e164) {
    assertThat(PhoneNumbers.normalise(typed)).contains(e164);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "0522001122", "+212522001122", "061234567", "06123456789",
      "+2126123456789", "612345678", "abc", "+212", "06-12-34-56-7x", "+0612345678"})
  void refusesWhatIsNoMobileNumber(String typed) {
    assertThat(PhoneNumbers.normalise(typed)).as(typed).isEmpty();
  }
}
