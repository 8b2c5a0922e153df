package ma.hadana.registry.needs;

import static ma.hadana.registry.creche.Creches.MAARIF_PETITS_ANGES;
import static ma.hadana.registry.creche.Creches.SALE_AL_AMAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import ma.hadana.registry.creche.AuditRows;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.importing.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The needs CSV on the embedded PostgreSQL: preview, all-or-nothing apply, export round trip. */
@SpringBootTest
class NeedsImporterTest {

  static final String HEADER = "creche_id,need,value,places,note,recorded_at,recorded_by\r\n";

  @Autowired NeedsImporter importer;
  @Autowired Needs needs;
  @Autowired RegistryService registry;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void twoListings() {
    new AuditRows(jdbc).clearRegistry();
    registry.save(MAARIF_PETITS_ANGES, null, "fixtures");
    registry.save(SALE_AL_AMAL, null, "fixtures");
  }

  private ImportReport apply(String text) throws Exception {
    return importer.apply(new StringReader(text), "import-test");
  }

  @Test
  void aFileIsPreviewedThenAppliedAndExportsBackUnchanged() throws Exception {
    String file = HEADER
        + "CR-90001,trained_staff,true,,,2025-11-04,Salma\r\n"
        + "CR-90001,staff_languages,ar|fr|wo,,,2025-11-04,Salma\r\n"
        + "CR-90001,more_places,true,8,\"une salle, vide\",2025-11-04,Salma\r\n"
        + "CR-90002,other,,,\"Besoin d'un \"\"coin lecture\"\"\",2025-10-01,Yassine\r\n";
    ImportReport preview = importer.preview(new StringReader(file));
    assertThat(preview.errors()).isEmpty();
    assertThat(preview.added()).containsExactly("CR-90001/trained_staff",
        "CR-90001/staff_languages", "CR-90001/more_places", "CR-90002/other");
    assertThat(needs.all()).isEmpty();

    assertThat(apply(file).applied()).isTrue();
    assertThat(needs.forListing("CR-90001")).extracting(NeedRecord::need)
        .containsExactly(Need.TRAINED_STAFF, Need.STAFF_LANGUAGES, Need.MORE_PLACES);
    assertThat(needs.forListing("CR-90002").get(0).note())
        .isEqualTo("Besoin d'un \"coin lecture\"");
    assertThat(needs.history("CR-90001")).hasSize(3)
        .allMatch(c -> c.changedBy().equals("import-test") && c.action().equals("set"));

    StringWriter out = new StringWriter();
    NeedsCsv.write(needs.all(), out);
    ImportReport again = apply(out.toString());
    assertThat(again.unchanged()).hasSize(4);
    assertThat(again.added()).isEmpty();
    assertThat(again.changed()).isEmpty();
    assertThat(needs.history("CR-90001")).hasSize(3);
  }

  @Test
  void oneBadRowMeansNothingIsWrittenAndEveryErrorHasItsLine() throws Exception {
    String file = HEADER
        + "CR-90001,trained_staff,true,,,2025-11-04,Salma\r\n"
        + "CR-99999,fee_support,oui,,,2025-11-04,Salma\r\n"
        + "CR-90001,trained_staff,false,,,2025-11-05,Salma\r\n";
    ImportReport report = apply(file);
    assertThat(report.applied()).isFalse();
    assertThat(report.errors()).containsExactly(
        "line 3, column value: must be true or false",
        "line 3, column creche_id: no listing has this id",
        "line 4, column need: this listing's need is already on line 2");
    assertThat(needs.all()).isEmpty();
  }

  @Test
  void aWrongHeaderIsReportedOnLineOne() throws Exception {
    ImportReport report = apply("creche_id,need,valeur,places,note,recorded_at,recorded_by\r\n");
    assertThat(report.errors()).containsExactly("line 1, column valeur: unknown column",
        "line 1, column value: missing column");
  }

  @Test
  void replacingKeepsTheDateOfAnUnchangedAnswerAndClearsAnAbsentOne() {
    LocalDate first = LocalDate.of(2025, 9, 1);
    NeedRecord trained = new NeedRecord("CR-90001", Need.TRAINED_STAFF, "true", null, null, first,
        "Salma");
    NeedRecord fees = new NeedRecord("CR-90001", Need.FEE_SUPPORT, "false", null, null, first,
        "Salma");
    assertThat(needs.replace("CR-90001", Map.of(Need.TRAINED_STAFF, trained,
        Need.FEE_SUPPORT, fees), "editor@test")).isEqualTo(2);
    NeedRecord retyped = new NeedRecord("CR-90001", Need.TRAINED_STAFF, "true", null, null,
        LocalDate.of(2026, 1, 2), "Other");
    assertThat(needs.replace("CR-90001", Map.of(Need.TRAINED_STAFF, retyped), "editor@test"))
        .isEqualTo(1);
    assertThat(needs.forListing("CR-90001")).containsExactly(trained);
    assertThat(needs.history("CR-90001").get(0).action()).isEqualTo("cleared");
    assertThat(needs.history("CR-90001").get(0).answer().need()).isEqualTo(Need.FEE_SUPPORT);
  }
}
