package ma.hadana.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The registry's reasons (examples from docs/registry-format.md) read in the console's language. */
class ReasonMessagesTest {

  private static final ReasonMessages REASONS = new ReasonMessages(bundle());

  private static ResourceBundleMessageSource bundle() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("i18n/messages");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      line 3, column name: is required | ligne 3, colonne name : est obligatoire
      line 3, column capacity: must be 0 or more | ligne 3, colonne capacity : doit valoir 0 ou plus
      line 3, column age_max_months: must be between 0 and 72 | ligne 3, colonne age_max_months : doit être compris entre 0 et 72
      line 3, column languages: item 2 is not one of fr, ar | ligne 3, colonne languages : l'élément 2 n'est pas l'un de : fr, ar
      line 3, column lat: outside Morocco: must be between 20.7 and 35.95 (lat and lon look swapped) | ligne 3, colonne lat : hors du Maroc : doit être entre 20.7 et 35.95 (latitude et longitude semblent inversées)
      line 9, column id: duplicate id, first used on line 4 | ligne 9, colonne id : identifiant en double, déjà utilisé ligne 4
      line 7: 29 fields where the header has 28 | ligne 7 : 29 champs alors que l'en-tête en a 28
      line 3, column opening_hours: not valid opening_hours syntax: bad time range '8h-12h' | ligne 3, colonne opening_hours : horaires non valides : bad time range '8h-12h'
      """)
  void readsImportErrorsInFrench(String english, String french) {
    assertThat(REASONS.located(english, Locale.FRENCH)).isEqualTo(french);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "is required", "must be a whole number", "must be true or false",
    "must be in E.164 form: + then 8 to 15 digits, no spaces",
    "a Moroccan number has 9 digits after +212", "must not exceed capacity",
    "is in the future (today is 2026-12-04)", "none cannot be combined with documents"})
  void translatesEveryKnownReasonIntoArabic(String reason) {
    assertThat(REASONS.reason(reason, new Locale("ar"))).isNotEqualTo(reason)
        .doesNotContain("{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"something the registry will say one day"})
  void leavesAnUnknownReasonAsWritten(String reason) {
    assertThat(REASONS.reason(reason, Locale.ENGLISH)).isEqualTo(reason);
  }
}
