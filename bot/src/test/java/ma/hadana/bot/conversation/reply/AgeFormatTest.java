package ma.hadana.bot.conversation.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Ages in replies take the singular, dual or plural each language needs. */
class AgeFormatTest {

  private final Formats formats = new Formats(new ReplyCatalog());

  @ParameterizedTest
  @CsvSource({
      "0, other", "1, one", "2, two", "3, few", "10, few", "11, many", "12, many", "99, many",
      "100, other", "102, other", "103, few", "111, many"})
  void countsFallIntoTheirPluralForm(int n, String form) {
    assertThat(Formats.pluralForm(n)).isEqualTo(form);
  }

  @ParameterizedTest
  @CsvSource({
      // months, fr, en
      "12, 1 an, 1 yr",
      "24, 2 ans, 2 yrs",
      "36, 3 ans, 3 yrs",
      "48, 4 ans, 4 yrs",
      "60, 5 ans, 5 yrs",
      "72, 6 ans, 6 yrs",
      "0, 0 mois, 0 months",
      "1, 1 mois, 1 month",
      "2, 2 mois, 2 months",
      "11, 11 mois, 11 months",
      "13, 13 mois, 13 months",
      "18, 18 mois, 18 months"})
  void frenchAndEnglish(int months, String fr, String en) {
    assertThat(formats.age(ReplyVariant.FR, months)).isEqualTo(fr);
    assertThat(formats.age(ReplyVariant.EN, months)).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource({
      // months, Arabic, Darija, Darija in Latin letters
      "12, سنة, عام, 3am",
      "24, سنتين, عامين, 3amayn",
      "36, 3 سنوات, 3 سنين, 3 snin",
      "48, 4 سنوات, 4 سنين, 4 snin",
      "60, 5 سنوات, 5 سنين, 5 snin",
      "72, 6 سنوات, 6 سنين, 6 snin",
      "120, 10 سنوات, 10 سنين, 10 snin",
      "132, 11 سنة, 11 عام, 11 3am",
      "0, 0 شهر, 0 شهر, 0 chhar",
      "1, شهر, شهر, chhar",
      "2, شهرين, شهرين, chhrayn",
      "3, 3 أشهر, 3 شهور, 3 chhour",
      "10, 10 أشهر, 10 شهور, 10 chhour",
      "11, 11 شهرا, 11 شهر, 11 chhar",
      "13, 13 شهرا, 13 شهر, 13 chhar",
      "18, 18 شهرا, 18 شهر, 18 chhar"})
  void arabicAndDarija(int months, String ar, String ary, String aryLatn) {
    assertThat(formats.age(ReplyVariant.AR, months)).isEqualTo(ar);
    assertThat(formats.age(ReplyVariant.ARY, months)).isEqualTo(ary);
    assertThat(formats.age(ReplyVariant.ARY_LATN, months)).isEqualTo(aryLatn);
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void everyAgeUpToTwelveYearsIsFilledIn(ReplyVariant v) {
    for (int months = 0; months <= 144; months++) {
      String age = formats.age(v, months);
      assertThat(age).as("%d months in %s", months, v.tag()).doesNotContain("{").isNotBlank();
      if (months > 2 && (months % 12 != 0 || months / 12 > 2)) {
        assertThat(age).as("%d months in %s", months, v.tag())
            .startsWith(String.valueOf(months % 12 == 0 ? months / 12 : months) + " ");
      }
    }
  }

  @Test
  void noSingularNumberTakesAFrenchOrEnglishPlural() {
    assertThat(formats.age(ReplyVariant.FR, 12)).doesNotContain("ans");
    assertThat(formats.age(ReplyVariant.EN, 12)).doesNotContain("yrs");
    assertThat(formats.age(ReplyVariant.EN, 1)).doesNotContain("months");
  }

  /**
   * Arabic ages appear in a range read "from X to Y" (من … إلى …) and after لعمر: the dual is
   * always in the genitive there (سنتين، شهرين), never the nominative سنتان / شهران.
   */
  @ParameterizedTest
  @CsvSource({
      "3, 24, 3 أشهر-سنتين",
      "24, 48, سنتين-4 سنوات",
      "2, 36, شهرين-3 سنوات",
      "12, 24, سنة-سنتين"})
  void theArabicDualReadsInTheGenitiveInARange(int from, int to, String range) {
    ReplyCatalog catalog = new ReplyCatalog();
    String text = catalog.text(ReplyVariant.AR, "age.range", "from",
        formats.age(ReplyVariant.AR, from), "to", formats.age(ReplyVariant.AR, to));
    assertThat(text).isEqualTo(range).doesNotContain("سنتان").doesNotContain("شهران");
  }

  @ParameterizedTest
  @CsvSource({"24, لعمر سنتين", "2, لعمر شهرين"})
  void theArabicDualReadsInTheGenitiveAfterLiUmr(int months, String expected) {
    ReplyCatalog catalog = new ReplyCatalog();
    assertThat(catalog.text(ReplyVariant.AR, "age.child", "age", formats.age(ReplyVariant.AR, months)))
        .isEqualTo(expected);
  }
}
