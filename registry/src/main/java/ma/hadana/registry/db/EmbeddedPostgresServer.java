package ma.hadana.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL, or joins the one another Hadana process on this machine
 * already started on the same port, so bot and admin share one database on a laptop.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "hadana";
  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final int port;
  private final EmbeddedPostgres owned;

  private EmbeddedPostgresServer(int port, EmbeddedPostgres owned) {
    this.port = port;
    this.owned = owned;
  }

  /** Joins a server already listening on the configured port, or starts one. */
  public static EmbeddedPostgresServer startOrJoin(DatabaseProperties props) {
    int port = props.embeddedPort() == 0 ? freePort() : props.embeddedPort();
    if (props.embeddedPort() != 0 && reachable(port)) {
      log.info("Joining the embedded PostgreSQL already running on port {}", port);
      return joined(port);
    }
    Path dataDir = props.ephemeral() ? tempDir() : props.dataDir().resolve("pg");
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(props.ephemeral())
              .setPort(port)
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("max_connections", "100")
              // The library turns durability off for throw-away test servers; a kept data folder
              // holds the registry and the outbox, so a crash must not lose or corrupt them.
              .setServerConfig("fsync", props.ephemeral() ? "off" : "on")
              .setServerConfig("synchronous_commit", props.ephemeral() ? "off" : "on")
              .setServerConfig("full_page_writes", props.ephemeral() ? "off" : "on")
              .start();
      log.info("Started the embedded PostgreSQL on port {} (data in {})", port, dataDir);
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, pg);
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException | IllegalStateException e) {
      // Another process may have won the race to start the server on this port and data folder.
      for (int attempt = 0; attempt < 20; attempt++) {
        if (reachable(port)) {
          log.info("Joining the embedded PostgreSQL started by another process on port {}", port);
          return joined(port);
        }
        sleep(500);
      }
      throw new IllegalStateException("Could not start the embedded PostgreSQL on port " + port, e);
    }
  }

  private static EmbeddedPostgresServer joined(int port) {
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, null);
    server.createDatabaseIfMissing();
    return server;
  }

  /** JDBC URL of Hadana's database on this server. */
  public String jdbcUrl() {
    return url(port, DATABASE);
  }

  /**
   * JDBC URL of Hadana's database through the server's Unix-domain socket (PostgreSQL's default
   * {@code /tmp/.s.PGSQL.<port>}), when that socket exists: the same server without the TCP
   * stack. Empty elsewhere (Windows, another socket folder).
   */
  public Optional<String> unixSocketUrl() {
    Path socket = Path.of("/tmp", ".s.PGSQL." + port);
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    return Optional.of(jdbcUrl() + "&socketFactory=" + UnixSocketFactory.class.getName()
        + "&socketFactoryArg=" + socket);
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** True when this process started the server (and will stop it). */
  public boolean owned() {
    return owned != null;
  }

  private void createDatabaseIfMissing() {
    try (Connection c = DriverManager.getConnection(url(port, "postgres"), USER, "");
        var st = c.createStatement()) {
      var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        try {
          st.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException raced) {
          // Created meanwhile by the other process: fine.
          log.debug("CREATE DATABASE raced: {}", raced.getMessage());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL on port " + port + " refused us", e);
    }
  }

  private static boolean reachable(int port) {
    try (Connection c = DriverManager.getConnection(url(port, "postgres") + "&connectTimeout=2", USER, "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String url(int port, String db) {
    return "jdbc:postgresql://localhost:" + port + "/" + db + "?ApplicationName=hadana";
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free local port", e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("hadana-pg-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    if (owned != null) {
      log.info("Stopping the embedded PostgreSQL on port {}", port);
      owned.close();
    }
  }
}
