package ma.hadana.registry.importing;

import static ma.hadana.registry.creche.Creches.DAKHLA_PRESCOLAIRE;
import static ma.hadana.registry.creche.Creches.MAARIF_PETITS_ANGES;
import static ma.hadana.registry.creche.Creches.SALE_AL_AMAL;
import static ma.hadana.registry.importing.RegistryFiles.csv;
import static ma.hadana.registry.importing.RegistryFiles.file;
import static ma.hadana.registry.importing.RegistryFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ma.hadana.registry.creche.CrecheFields;
import ma.hadana.registry.importing.RegistryFileValidator.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryFileValidatorTest {

  static final Clock DEC_4_2026 =
      Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneId.of("Africa/Casablanca"));

  private final RegistryFileValidator validator =
      new RegistryFileValidator(new CrecheRowValidator(DEC_4_2026));

  private Checked check(String text) throws Exception {
    return validator.check(new StringReader(text));
  }

  @Test
  void aValidFileYieldsEveryListingAndNoProblem() throws Exception {
    Checked checked = check(csv(MAARIF_PETITS_ANGES, SALE_AL_AMAL, DAKHLA_PRESCOLAIRE));
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.rowsRead()).isEqualTo(3);
    assertThat(checked.rows()).extracting(RegistryFileValidator.ValidRow::creche)
        .containsExactly(MAARIF_PETITS_ANGES, SALE_AL_AMAL, DAKHLA_PRESCOLAIRE);
  }

  /** One bad cell in the second data row (file line 3, after a good row on line 2). */
  @ParameterizedTest(name = "{0} = [{1}]")
  @CsvSource(delimiter = ';', value = {
    "id                   ;                        ; is required",
    "id                   ; cr 90001               ; must be capital letters and digits in groups joined by hyphens, like CR-00001 (at most 40 characters)",
    "name                 ;                        ; is required",
    "type                 ; publique               ; must be one of public, private, associative",
    "lat                  ;                        ; is required",
    "lat                  ; 33,58                  ; must be a decimal number with a point, like 33.5",
    "lat                  ; 48.85                  ; outside Morocco: must be between 20.7 and 35.95",
    "lon                  ; -20.5                  ; outside Morocco at this latitude",
    "lon                  ; west                   ; must be a decimal number with a point, like 33.5",
    "phone                ; 0522001122             ; must be in E.164 form: + then 8 to 15 digits, no spaces",
    "phone                ; +212 522 00 11 22      ; must be in E.164 form: + then 8 to 15 digits, no spaces",
    "phone                ; +21252200112           ; a Moroccan number has 9 digits after +212",
    "age_min_months       ;                        ; is required",
    "age_min_months       ; trois                  ; must be a whole number",
    "age_min_months       ; -1                     ; must be between 0 and 72",
    "age_max_months       ; 84                     ; must be between 0 and 72",
    "age_max_months       ; 2                      ; must not be below age_min_months",
    "capacity             ; -5                     ; must be 0 or more",
    "places_available     ; 41                     ; must not exceed capacity",
    "monthly_fee_mad      ; 1800.50                ; must be a whole number",
    "opening_hours        ; Mo-Fr 8h-12h           ; not valid opening_hours syntax: bad time range '8h-12h' in 'Mo-Fr 8h-12h'",
    "languages            ; fr|de                  ; item 2 is not one of fr, ar, ary, tzm, en, es",
    "languages            ; fr||ar                 ; item 2 is empty",
    "languages            ; fr|ar|fr               ; item 3 repeats an earlier item",
    "meals                ; oui                    ; must be true or false",
    "accepts_undocumented ; maybe                  ; must be one of yes, no, unknown",
    "documents_required   ; passport               ; item 1 is not one of birth_certificate, vaccination_card, parent_id, residence_card, none",
    "documents_required   ; none|parent_id         ; none cannot be combined with documents",
    "special_needs        ; 1                      ; must be true or false",
    "last_verified        ; 04/09/2025             ; must be a date written YYYY-MM-DD",
    "last_verified        ; 2025-02-30             ; must be a date written YYYY-MM-DD",
    "last_verified        ; 2026-12-05             ; is in the future (today is 2026-12-04)",
    "status               ; open                   ; must be one of active, temporarily_closed, closed",
    "status               ;                        ; is required",
  })
  void eachKindOfBadCellIsReportedAtItsLineAndColumn(String column, String value, String reason)
      throws Exception {
    String bad = row(MAARIF_PETITS_ANGES, column, value == null ? "" : value);
    String text = file(row(SALE_AL_AMAL), bad);
    Checked checked = check(text);
    assertThat(checked.errors()).containsExactly("line 3, column " + column + ": " + reason);
    assertThat(checked.rows()).extracting(r -> r.creche().id()).containsExactly(SALE_AL_AMAL.id());
  }

  @Test
  void swappedCoordinatesAreNamedAsSuch() throws Exception {
    String swapped = row(MAARIF_PETITS_ANGES).replace(",33.5861,-7.6318,", ",-7.6318,33.5861,");
    assertThat(check(file(swapped)).errors()).containsExactly(
        "line 2, column lat: outside Morocco: must be between 20.7 and 35.95"
            + " (lat and lon look swapped)");
  }

  @Test
  void everyProblemOfARowIsReportedInColumnOrder() throws Exception {
    String bad = row(MAARIF_PETITS_ANGES, "status", "open")
        .replace("CR-90001", "").replace(",true,", ",oui,");
    assertThat(check(file(bad)).errors()).containsExactly(
        "line 2, column id: is required",
        "line 2, column meals: must be true or false",
        "line 2, column status: must be one of active, temporarily_closed, closed");
  }

  @Test
  void lineNumbersCountTheLinesOfMultiLineFields() throws Exception {
    String text = file(row(DAKHLA_PRESCOLAIRE), row(SALE_AL_AMAL, "type", "public "),
        row(SALE_AL_AMAL, "type", "x"));
    assertThat(check(text).errors()).containsExactly(
        "line 5, column id: duplicate id, first used on line 4",
        "line 5, column type: must be one of public, private, associative");
  }

  @Test
  void aRepeatedIdIsReportedWhereItRepeats() throws Exception {
    assertThat(check(csv(MAARIF_PETITS_ANGES, SALE_AL_AMAL, MAARIF_PETITS_ANGES)).errors())
        .containsExactly("line 4, column id: duplicate id, first used on line 2");
  }

  @Test
  void headerColumnsMayComeInAnyOrderButNoneMayBeMissingOrUnknown() throws Exception {
    List<String> reversed = new ArrayList<>(CrecheFields.NAMES);
    Collections.reverse(reversed);
    String line = String.join(",", reversed.stream()
        .map(c -> RegistryFiles.quote(valueOf(c))).toList());
    assertThat(check(String.join(",", reversed) + "\n" + line + "\n").problems()).isEmpty();

    String header = RegistryFiles.HEADER.replace(",notes", ",remarks").replace("name_ar,", "");
    assertThat(check(header + "\r\n" + row(SALE_AL_AMAL) + "\r\n").errors()).containsExactly(
        "line 1, column remarks: unknown column",
        "line 1, column name_ar: missing column",
        "line 1, column notes: missing column");
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsIsReportedAsAWhole() throws Exception {
    String text = file(row(SALE_AL_AMAL), row(MAARIF_PETITS_ANGES) + ",extra");
    assertThat(check(text).errors()).containsExactly("line 3: 29 fields where the header has 28");
  }

  @Test
  void brokenQuotingStopsTheCheckAtItsLine() throws Exception {
    assertThat(check(file(row(SALE_AL_AMAL), "CR-1,\"Chams")).errors())
        .containsExactly("line 3: quoted field never closed");
    assertThat(check("").errors()).containsExactly("line 1: the file is empty: no header");
  }

  private static String valueOf(String column) {
    String v = CrecheFields.values(MAARIF_PETITS_ANGES).get(column);
    return v == null ? "" : v;
  }
}
