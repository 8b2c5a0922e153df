package ma.hadana.bot.resilience;

import java.io.IOException;
import ma.hadana.registry.db.DatabaseProperties;
import ma.hadana.registry.db.EmbeddedPostgresServer;

/**
 * A test's own embedded PostgreSQL (ephemeral) reached through a {@link TcpProxy} that the test
 * cuts and restores to play a database outage. Close it when the bot let go of its connections.
 */
public final class RelayedDatabase implements AutoCloseable {

  private final EmbeddedPostgresServer database;
  private final TcpProxy relay;

  private RelayedDatabase(EmbeddedPostgresServer database, TcpProxy relay) {
    this.database = database;
    this.relay = relay;
  }

  /** Starts a fresh server and its relay. */
  public static RelayedDatabase start() throws IOException {
    EmbeddedPostgresServer database = EmbeddedPostgresServer.startOrJoin(
        new DatabaseProperties(null, null, null, null, 0, true));
    return new RelayedDatabase(database, new TcpProxy(database.port()));
  }

  /** The JDBC URL through the relay ({@code hadana.db.url}). */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + relay.port() + "/hadana";
  }

  /** The relay, to cut and restore. */
  public TcpProxy relay() {
    return relay;
  }

  @Override
  public void close() throws IOException {
    relay.close();
    database.close();
  }
}
