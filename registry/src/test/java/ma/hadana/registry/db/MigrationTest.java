package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class MigrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void migrationsCreateTheRegistryTablesOnTheEmbeddedServer() {
    var tables =
        jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
            .query(String.class)
            .list();
    assertThat(tables).contains("creche", "creche_audit", "flyway_schema_history");
    assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
  }

  @Test
  void theSchemaRefusesAnAgeRangeThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO creche (id, name, type, lat, lon, age_min_months,"
                            + " age_max_months) VALUES ('X', 'x', 'public', 33, -7, 36, 3)")
                    .update())
        .hasMessageContaining("creche_check");
  }
}
