package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The driver over the embedded server's Unix-domain socket, as the bot's pool uses it. */
class UnixSocketFactoryTest {

  private static EmbeddedPostgresServer server;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgresServer.startOrJoin(new DatabaseProperties(null, null, null,
        Files.createTempDirectory("hadana-unix-"), 0, true));
    url = server.unixSocketUrl().orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void connectsThroughTheSocketFileNotTcp() throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT inet_server_addr() IS NULL, current_database()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).as("a Unix-domain connection has no server address").isTrue();
      assertThat(rs.getString(2)).isEqualTo("hadana");
    }
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        ResultSet rs = c.createStatement().executeQuery("SELECT inet_server_addr() IS NULL")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).as("the plain URL stays on TCP").isFalse();
    }
  }

  @Test
  void carriesLargeMessagesBothWays() throws Exception {
    StringBuilder big = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 300_000; i++) {
      big.append((char) ('a' + random.nextInt(26)));
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        var ps = c.prepareStatement("SELECT ?::text, length(?::text)")) {
      ps.setString(1, big.toString());
      ps.setString(2, big.toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(big.toString());
        assertThat(rs.getInt(2)).isEqualTo(300_000);
      }
    }
  }

  @Test
  void aTimedWaitForNotificationsEndsEmptyThenDeliversOne() throws Exception {
    try (Connection listener = DriverManager.getConnection(url, "postgres", "");
        Connection sender = DriverManager.getConnection(url, "postgres", "")) {
      listener.createStatement().execute("LISTEN unix_probe");
      PGConnection pg = listener.unwrap(PGConnection.class);
      // Nothing sent yet: the read under a timeout ends without a notification, and the
      // connection stays usable (the next statement works).
      PGNotification[] none = pg.getNotifications(200);
      assertThat(none == null ? 0 : none.length).isZero();
      try (ResultSet rs = listener.createStatement().executeQuery("SELECT 41 + 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
      sender.createStatement().execute("NOTIFY unix_probe, 'hello'");
      PGNotification[] got = pg.getNotifications(30_000);
      assertThat(got).hasSize(1);
      assertThat(got[0].getParameter()).isEqualTo("hello");
    }
  }

  @Test
  void worksWhileTheJdkRecordsSocketEvents() throws Exception {
    // Flight Recorder instruments socket streams and asks the socket for its peer: a socket
    // without one failed in the middle of a read and left its connection hanging.
    Path file = Files.createTempFile("hadana-unix-", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO);
      recording.enable("jdk.SocketWrite").withThreshold(Duration.ZERO);
      recording.start();
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        for (int i = 0; i < 3; i++) {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT " + i + " + 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(i + 1);
          }
        }
      }
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> reads = RecordingFile.readAllEvents(file).stream()
        .filter(e -> e.getEventType().getName().equals("jdk.SocketRead")
            && e.getInt("port") == server.port())
        .toList();
    Files.delete(file);
    assertThat(reads).isNotEmpty();
    assertThat(reads.get(0).getString("address")).isEqualTo("127.0.0.1");
  }

  @Test
  void aSocketThatIsNotThereIsAConnectionError() {
    String missing = server.jdbcUrl() + "&socketFactory=" + UnixSocketFactory.class.getName()
        + "&socketFactoryArg=/tmp/.s.PGSQL.no-such-socket&connectTimeout=2";
    assertThatThrownBy(() -> DriverManager.getConnection(missing, "postgres", ""))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
  }
}
