package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * An external PostgreSQL gets a socket and a connect timeout, so that a hung server cannot hold
 * pooled connections forever; a timeout the URL sets itself wins. The embedded server plays the
 * external one where a connection is needed.
 */
class DatabaseTimeoutsTest {

  static DatabaseProperties external(String url, Duration socket, Duration connect) {
    return new DatabaseProperties(url, "hadana", "", null, 0, false, socket, connect);
  }

  @Test
  void anExternalUrlGetsTheDefaultTimeoutsInSeconds() {
    DatabaseProperties props = new DatabaseProperties("jdbc:postgresql://db:5432/hadana", "hadana", "", null, 0, false);
    assertThat(props.externalUrl())
        .isEqualTo("jdbc:postgresql://db:5432/hadana?socketTimeout=60&connectTimeout=10");
  }

  @Test
  void keepsTheUrlsOwnParametersAndAddsTheMissingOnes() {
    assertThat(external("jdbc:postgresql://db/hadana?sslmode=require", Duration.ofSeconds(30), Duration.ofSeconds(5))
        .externalUrl())
        .isEqualTo("jdbc:postgresql://db/hadana?sslmode=require&socketTimeout=30&connectTimeout=5");
    assertThat(external("jdbc:postgresql://db/hadana?", Duration.ofMillis(1500), Duration.ofSeconds(5))
        .externalUrl())
        .as("a sub-second part rounds up: the driver counts whole seconds")
        .isEqualTo("jdbc:postgresql://db/hadana?socketTimeout=2&connectTimeout=5");
  }

  @Test
  void aTimeoutTheUrlSetsWins() {
    assertThat(external("jdbc:postgresql://db/hadana?socketTimeout=300&ssl=true", Duration.ofSeconds(60), Duration.ofSeconds(10))
        .externalUrl())
        .isEqualTo("jdbc:postgresql://db/hadana?socketTimeout=300&ssl=true&connectTimeout=10");
    assertThat(external("jdbc:postgresql://db/hadana?ConnectTimeout=3&SOCKETTIMEOUT=0", Duration.ofSeconds(60), Duration.ofSeconds(10))
        .externalUrl())
        .isEqualTo("jdbc:postgresql://db/hadana?ConnectTimeout=3&SOCKETTIMEOUT=0");
  }

  @Test
  void zeroMeansNoLimit() {
    assertThat(external("jdbc:postgresql://db/hadana", Duration.ZERO, Duration.ZERO).externalUrl())
        .isEqualTo("jdbc:postgresql://db/hadana");
  }

  @Test
  void bindsTheTimeoutsFromSettingsWithDefaults() {
    Binder set = new Binder(new MapConfigurationPropertySource(java.util.Map.of(
        "hadana.db.url", "jdbc:postgresql://db/hadana",
        "hadana.db.socket-timeout", "2m",
        "hadana.db.connect-timeout", "3s")));
    DatabaseProperties props = set.bind("hadana.db", Bindable.of(DatabaseProperties.class)).get();
    assertThat(props.externalUrl()).isEqualTo("jdbc:postgresql://db/hadana?socketTimeout=120&connectTimeout=3");
    Binder unset = new Binder(new MapConfigurationPropertySource(java.util.Map.of(
        "hadana.db.url", "jdbc:postgresql://db/hadana")));
    assertThat(unset.bind("hadana.db", Bindable.of(DatabaseProperties.class)).get().externalUrl())
        .isEqualTo("jdbc:postgresql://db/hadana?socketTimeout=60&connectTimeout=10");
  }

  @Test
  void thePoolsConnectionsToAnExternalServerCarryTheTimeout() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(new DatabaseProperties(
        null, null, null, Files.createTempDirectory("hadana-timeouts-"), 0, true))) {
      assertThat(networkTimeoutMillis(external(server.jdbcUrl(), Duration.ofSeconds(45), Duration.ofSeconds(10))))
          .isEqualTo(45_000);
      String own = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "socketTimeout=7";
      assertThat(networkTimeoutMillis(external(own, Duration.ofSeconds(45), Duration.ofSeconds(10))))
          .as("the URL's own socketTimeout wins").isEqualTo(7_000);
    }
  }

  private static int networkTimeoutMillis(DatabaseProperties props) throws Exception {
    DataSource ds = new DatabaseConfiguration().dataSource(
        new DatabaseProperties(props.url(), EmbeddedPostgresServer.USER, "", null, 0, false,
            props.socketTimeout(), props.connectTimeout()),
        new PoolProperties(Duration.ofSeconds(3), 1), null, false);
    try (HikariDataSource pool = (HikariDataSource) ds; Connection c = pool.getConnection()) {
      return c.getNetworkTimeout();
    }
  }
}
