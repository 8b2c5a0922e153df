package ma.hadana.registry.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static Map<String, String> row(String need, String value, String places, String note) {
    Map<String, String> m = new HashMap<>();
    m.put("creche_id", "CR-90001");
    m.put("need", need);
    m.put("value", value);
    m.put("places", places);
    m.put("note", note);
    m.put("recorded_at", "2026-03-02");
    m.put("recorded_by", "Enquêtrice Salma");
    return m;
  }

  @Test
  void aYesWithPlacesIsAValidAnswer() {
    NeedRules.Outcome o = NeedRules.check(row("more_places", "true", "12", "salle vide"), TODAY);
    assertThat(o.problems()).isEmpty();
    assertThat(o.record()).isEqualTo(new NeedRecord("CR-90001", Need.MORE_PLACES, "true", 12,
        "salle vide", LocalDate.of(2026, 3, 2), "Enquêtrice Salma"));
  }

  @Test
  void staffLanguagesAreTrimmedCodes() {
    NeedRules.Outcome o = NeedRules.check(row("staff_languages", "ar| fr |wo", "", ""), TODAY);
    assertThat(o.record().value()).isEqualTo("ar|fr|wo");
  }

  @ParameterizedTest(name = "{0} value={1} places={2} note={3} -> {4}: {5}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "trained_staff;yes;-;-;value;must be true or false",
      "trained_staff;-;-;-;value;is required",
      "fee_support;true;3;-;places;must be empty for this need",
      "more_places;false;4;-;places;must be empty when value is false",
      "more_places;true;0;-;places;must be 1 or more",
      "more_places;true;douze;-;places;must be a whole number",
      "staff_languages;ar|xx;-;-;value;item 2 is not one of ar, ary, ber, tzm, shi, rif, fr, en,"
          + " es, pt, wo, ff, bm, snk, ln, sw, ha",
      "staff_languages;fr|fr;-;-;value;item 2 repeats an earlier item",
      "staff_languages;ar||fr;-;-;value;item 2 is empty",
      "other;true;-;texte;value;must be empty for this need",
      "other;-;-;-;note;is required",
      "wifi;true;-;-;need;must be one of trained_staff, staff_languages, teaching_materials,"
          + " more_places, fee_support, accessibility, other"})
  void aWrongAnswerNamesItsColumnAndReason(String need, String value, String places, String note,
      String column, String reason) {
    NeedRules.Outcome o = NeedRules.check(row(need, value, places, note), TODAY);
    assertThat(o.record()).isNull();
    assertThat(o.problems()).containsEntry(column, List.of(reason));
  }

  @Test
  void theDateAndRecorderAreRequiredAndTheDateNotInTheFuture() {
    Map<String, String> m = row("trained_staff", "true", "", "");
    m.put("recorded_at", "2026-03-11");
    m.put("recorded_by", " ");
    assertThat(NeedRules.check(m, TODAY).problems())
        .containsEntry("recorded_at", List.of("is in the future (today is 2026-03-10)"))
        .containsEntry("recorded_by", List.of("is required"));
    m.put("recorded_at", "10/03/2026");
    assertThat(NeedRules.check(m, TODAY).problems())
        .containsEntry("recorded_at", List.of("must be a date written YYYY-MM-DD"));
  }

  @Test
  void aNoteIsAtMostFiveHundredCharacters() {
    assertThat(NeedRules.check(row("accessibility", "false", "", "x".repeat(501)), TODAY)
        .problems()).containsEntry("note", List.of("must be at most 500 characters"));
  }
}
