package ma.hadana.registry.search;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGNotification;
import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings changes committed by any process into {@link CrecheSearch} within a second or so: a
 * dedicated connection, outside the pool, LISTENs on {@code creche_changed} (the V1 trigger sends
 * the listing id on every insert, update and delete) and a daemon thread hands the ids over in
 * batches. A quiet connection is probed every few seconds, so one that died without a word (a
 * network cut, a database restart behind a proxy) is noticed. A lost connection is reopened with
 * a growing delay (at most 5 s, so the listener is back within seconds of the database); since
 * notifications sent meanwhile are lost, every reconnect is followed by a full reload.
 */
@Component
class CrecheChangeListener implements SmartLifecycle {

  static final String CHANNEL = "creche_changed";
  static final String APPLICATION_NAME = "hadana-search-listen";
  private static final int POLL_MS = 500;
  private static final int COALESCE_MS = 50;
  private static final long MAX_BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final long MAX_RECONNECT_DELAY_MS = 5_000;
  private static final long PROBE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int PROBE_TIMEOUT_SECONDS = 2;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Logger log = LoggerFactory.getLogger(CrecheChangeListener.class);

  private final CrecheSearch search;
  private final DataSource dataSource;
  private final SearchProperties properties;
  private volatile boolean running;
  private Thread thread;

  CrecheChangeListener(CrecheSearch search, DataSource dataSource, SearchProperties properties) {
    this.search = search;
    this.dataSource = dataSource;
    this.properties = properties;
  }

  /** Listens before {@link IndexLoader} loads, so no change falls between load and LISTEN. */
  @Override
  public void start() {
    running = true;
    if (!properties.listen()) {
      return;
    }
    Connection first;
    try {
      first = listen();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot LISTEN on " + CHANNEL, e);
    }
    thread = new Thread(() -> run(first), "hadana-search-listen-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
  }

  private void run(Connection first) {
    Connection connection = first;
    long delay = properties.reconnectDelay().toMillis();
    while (running) {
      try {
        if (connection == null) {
          connection = listen();
          search.refresh();
          log.info("Listening on {} again; search index reloaded", CHANNEL);
          delay = properties.reconnectDelay().toMillis();
        }
        pump(connection.unwrap(PgConnection.class));
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        log.warn("Listening on {} failed ({}); retrying in {} ms", CHANNEL, e.getMessage(), delay);
        close(connection);
        connection = null;
        sleep(delay);
        delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
      }
    }
    close(connection);
  }

  /** Waits for notifications and applies them, a burst at a time, until stopped. */
  private void pump(PgConnection pg) throws SQLException {
    long lastHeard = System.nanoTime();
    while (running) {
      PGNotification[] received = pg.getNotifications(POLL_MS);
      if (received == null || received.length == 0) {
        if (System.nanoTime() - lastHeard > PROBE_AFTER_NANOS) {
          if (!pg.isValid(PROBE_TIMEOUT_SECONDS)) {
            throw new SQLException("the listening connection stopped answering");
          }
          lastHeard = System.nanoTime();
        }
        continue;
      }
      lastHeard = System.nanoTime();
      Set<String> ids = new HashSet<>();
      long deadline = System.nanoTime() + MAX_BATCH_NANOS;
      do {
        for (PGNotification n : received) {
          ids.add(n.getParameter());
        }
        received = System.nanoTime() < deadline ? pg.getNotifications(COALESCE_MS) : null;
      } while (received != null && received.length > 0);
      search.apply(ids);
    }
  }

  private Connection listen() throws SQLException {
    Connection c = open();
    try (Statement st = c.createStatement()) {
      st.execute("SET application_name = '" + APPLICATION_NAME + "'"); // findable in pg_stat_activity
      st.execute("LISTEN " + CHANNEL);
    } catch (SQLException e) {
      close(c);
      throw e;
    }
    return c;
  }

  /** A connection of its own: a pooled one would be recycled and lose the LISTEN. */
  private Connection open() throws SQLException {
    if (dataSource instanceof HikariDataSource hikari) {
      return DriverManager.getConnection(
          hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }
    return dataSource.getConnection();
  }

  private static void close(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      log.debug("Closing the listening connection failed: {}", e.getMessage());
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
  public void stop() {
    running = false;
    Thread t = thread;
    thread = null;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2 * POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return IndexLoader.PHASE - 1;
  }
}
