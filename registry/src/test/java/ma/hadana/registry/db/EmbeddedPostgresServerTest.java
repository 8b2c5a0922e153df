package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

  @Test
  void aSecondProcessJoinsTheServerTheFirstStartedAndSeesItsData() throws Exception {
    Path dir = Files.createTempDirectory("hadana-share-");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    var props = new DatabaseProperties(null, null, null, dir, port, false);
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrJoin(props);
        EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrJoin(props)) {
      assertThat(first.owned()).isTrue();
      assertThat(second.owned()).isFalse();
      assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());
      try (var a = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
          var b = DriverManager.getConnection(second.jdbcUrl(), "postgres", "")) {
        a.createStatement().execute("CREATE TABLE shared_probe (v text); INSERT INTO shared_probe VALUES ('seen')");
        var rs = b.createStatement().executeQuery("SELECT v FROM shared_probe");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("seen");
      }
    }
  }

  @Test
  void dataSurvivesARestartOnTheSameFolder() throws Exception {
    Path dir = Files.createTempDirectory("hadana-persist-");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    var props = new DatabaseProperties(null, null, null, dir, port, false);
    try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startOrJoin(props);
        var c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
      c.createStatement().execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    }
    try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startOrJoin(props);
        var c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
      assertThat(pg.owned()).isTrue();
      var rs = c.createStatement().executeQuery("SELECT v FROM kept");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
  }
}
