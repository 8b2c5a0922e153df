package ma.hadana.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import ma.hadana.registry.creche.AuditRows;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "hadana.demo-data=true")
class DemoDataTest {

  @Autowired CrecheRepository repository;
  @Autowired RegistryImporter importer;
  @Autowired JdbcClient jdbc;

  @Test
  void anEmptyRegistryGetsTheDemoListingsAtStartAndReimportingThemChangesNothing()
      throws Exception {
    assertThat(repository.count()).isEqualTo(1200);
    assertThat(jdbc.sql("SELECT DISTINCT updated_by FROM creche_audit").query(String.class).list())
        .containsExactly("demo-data");
    long auditRows = new AuditRows(jdbc).count();

    ImportReport again;
    try (Reader in = new InputStreamReader(
        new ClassPathResource(DemoDataLoader.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
      again = importer.apply(in, "test");
    }

    assertThat(again.errors()).isEmpty();
    assertThat(again.rowsRead()).isEqualTo(1200);
    assertThat(again.added()).isEmpty();
    assertThat(again.changed()).isEmpty();
    assertThat(again.unchanged()).hasSize(1200);
    assertThat(new AuditRows(jdbc).count()).isEqualTo(auditRows);
    assertThat(repository.findAll()).extracting(StoredCreche::version).containsOnly(0L);
  }
}
