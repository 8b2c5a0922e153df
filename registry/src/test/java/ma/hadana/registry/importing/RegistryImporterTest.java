package ma.hadana.registry.importing;

import static ma.hadana.registry.creche.Creches.DAKHLA_PRESCOLAIRE;
import static ma.hadana.registry.creche.Creches.MAARIF_PETITS_ANGES;
import static ma.hadana.registry.creche.Creches.SALE_AL_AMAL;
import static ma.hadana.registry.importing.RegistryFiles.csv;
import static ma.hadana.registry.importing.RegistryFiles.file;
import static ma.hadana.registry.importing.RegistryFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import ma.hadana.registry.creche.AuditRows;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistryImporterTest {

  @Autowired RegistryImporter importer;
  @Autowired CrecheRepository repository;
  @Autowired JdbcClient jdbc;
  AuditRows audit;

  @BeforeEach
  void emptyRegistry() {
    audit = new AuditRows(jdbc);
    audit.clearRegistry();
  }

  private ImportReport apply(String text) throws Exception {
    return importer.apply(new StringReader(text), "test-import");
  }

  private ImportReport preview(String text) throws Exception {
    return importer.preview(new StringReader(text));
  }

  @Test
  void aValidFileIsPreviewedThenAppliedAndASecondImportChangesNothing() throws Exception {
    String text = csv(MAARIF_PETITS_ANGES, SALE_AL_AMAL, DAKHLA_PRESCOLAIRE);
    List<String> ids = List.of("CR-90001", "CR-90002", "CR-90003");

    assertThat(preview(text))
        .isEqualTo(new ImportReport(3, ids, List.of(), List.of(), List.of(), false));
    assertThat(repository.count()).isZero();

    assertThat(apply(text))
        .isEqualTo(new ImportReport(3, ids, List.of(), List.of(), List.of(), true));
    assertThat(repository.findAll()).extracting(StoredCreche::creche)
        .containsExactly(MAARIF_PETITS_ANGES, SALE_AL_AMAL, DAKHLA_PRESCOLAIRE);
    long auditRows = audit.count();

    assertThat(apply(text))
        .isEqualTo(new ImportReport(3, List.of(), List.of(), ids, List.of(), true));
    assertThat(audit.count()).isEqualTo(auditRows);
    assertThat(repository.findAll()).extracting(StoredCreche::version).containsOnly(0L);
  }

  @Test
  void oneBadRowAmongGoodOnesImportsNothing() throws Exception {
    String text = file(row(MAARIF_PETITS_ANGES), row(SALE_AL_AMAL, "age_max_months", "96"),
        row(DAKHLA_PRESCOLAIRE));
    ImportReport report = apply(text);
    assertThat(report.errors())
        .containsExactly("line 3, column age_max_months: must be between 0 and 72");
    assertThat(report.applied()).isFalse();
    assertThat(report.rowsRead()).isEqualTo(3);
    assertThat(repository.count()).isZero();
    assertThat(audit.count()).isZero();
  }

  @Test
  void aChangedCellIsOneChangedListingAndOneAuditRow() throws Exception {
    apply(csv(MAARIF_PETITS_ANGES, SALE_AL_AMAL));
    long before = audit.count();
    String edited = file(row(MAARIF_PETITS_ANGES, "monthly_fee_mad", "2000"), row(SALE_AL_AMAL));

    assertThat(preview(edited).changed()).containsExactly("CR-90001");
    ImportReport report = apply(edited);

    assertThat(report.changed()).containsExactly("CR-90001");
    assertThat(report.unchanged()).containsExactly("CR-90002");
    assertThat(audit.count()).isEqualTo(before + 1);
    assertThat(audit.of("CR-90001")).last().isEqualTo(
        new AuditRows.Row("update", "monthly_fee_mad", "1800", "2000", "test-import"));
    assertThat(repository.findById("CR-90001")).get()
        .extracting(StoredCreche::version).isEqualTo(1L);
  }

  @Test
  void aFailureWhileWritingRollsBackTheRowsAlreadyWritten() throws Exception {
    jdbc.sql("CREATE FUNCTION refuse_dakhla() RETURNS trigger AS $$ BEGIN"
        + " RAISE EXCEPTION 'refused by test'; END; $$ LANGUAGE plpgsql").update();
    jdbc.sql("CREATE TRIGGER refuse_dakhla BEFORE INSERT ON creche FOR EACH ROW"
        + " WHEN (NEW.id = 'CR-90003') EXECUTE FUNCTION refuse_dakhla()").update();
    try {
      assertThatThrownBy(() -> apply(csv(MAARIF_PETITS_ANGES, SALE_AL_AMAL, DAKHLA_PRESCOLAIRE)))
          .hasMessageContaining("refused by test");
      assertThat(repository.count()).isZero();
      assertThat(audit.count()).isZero();
    } finally {
      jdbc.sql("DROP TRIGGER refuse_dakhla ON creche").update();
      jdbc.sql("DROP FUNCTION refuse_dakhla()").update();
    }
  }
}
