package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V15 moves the texts of dialogues saved before it out of their JSON state, in order. */
class DialogueRecentMigrationTest {

  @Test
  void aDialogueSavedBeforeKeepsItsTextsInTheirOwnColumn() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(new DatabaseProperties(
        null, null, null, Files.createTempDirectory("hadana-v15-"), 0, true))) {
      String url = server.jdbcUrl();
      Flyway.configure().dataSource(url, "postgres", "").target("14").load().migrate();
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        c.createStatement().execute("INSERT INTO dialogue (channel, sender_key, state, updated_at,"
            + " expires_at) VALUES ('sms', 'k1', '{\"placeId\":\"casa-maarif\",\"misunderstood\":0,"
            + "\"recent\":[{\"by\":\"in\",\"text\":\"crèche à Maarif\"},"
            + "{\"by\":\"bot\",\"text\":\"1. Les Petits Anges: 2 km\"},"
            + "{\"by\":\"in\",\"text\":\"a:b c\"}]}', now(), now() + interval '1 day'),"
            + " ('sms', 'k2', '{\"placeId\":null,\"misunderstood\":1}', now(), now())");
      }
      Flyway.configure().dataSource(url, "postgres", "").load().migrate();
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          ResultSet rs = c.createStatement().executeQuery(
              "SELECT sender_key, recent, state FROM dialogue ORDER BY sender_key")) {
        assertThat(rs.next()).isTrue();
        assertThat((String[]) rs.getArray("recent").getArray()).containsExactly(
            "in:crèche à Maarif", "bot:1. Les Petits Anges: 2 km", "in:a:b c");
        assertThat(rs.getString("state")).doesNotContain("recent").contains("casa-maarif");
        assertThat(rs.next()).isTrue();
        assertThat((String[]) rs.getArray("recent").getArray()).isEmpty();
        assertThat(rs.getString("state")).contains("\"misunderstood\"");
      }
    }
  }
}
