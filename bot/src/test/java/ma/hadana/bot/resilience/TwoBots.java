package ma.hadana.bot.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.registry.db.DatabaseProperties;
import ma.hadana.registry.db.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The fixture of the two-instance tests: a PostgreSQL started by the test, fake providers in
 * the test JVM, and two bot processes A and B from the jar on that database (both load the demo
 * registry under its advisory lock, so one of them does), with both channels on.
 */
final class TwoBots implements AutoCloseable {

  private final Path dir;
  final EmbeddedPostgresServer database;
  final FaultyProviders providers;
  final JdbcClient jdbc;
  final BotProcess a;
  final BotProcess b;

  TwoBots() throws Exception {
    dir = Files.createTempDirectory("hadana-two-instances-");
    database = EmbeddedPostgresServer.startOrJoin(new DatabaseProperties(null, null, null, null, 0, true));
    jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), "postgres", ""));
    providers = new FaultyProviders();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HADANA_DB_URL", database.jdbcUrl());
    env.put("HADANA_DB_USER", "postgres");
    env.put("HADANA_DB_PASSWORD", "");
    env.put("HADANA_DATA_DIR", dir.toString());
    env.put("HADANA_PEPPER", "two-instances-pepper");
    env.put("HADANA_DEMO_DATA", "true");
    env.put("HADANA_RETENTION_CRON", "-");
    env.put("HADANA_OUTBOX_MAX_ATTEMPTS", "12");
    env.put("HADANA_PUBLIC_BASE_URL", ChannelTest.PUBLIC_BASE_URL);
    env.put("TWILIO_ACCOUNT_SID", ChannelTest.ACCOUNT_SID);
    env.put("TWILIO_AUTH_TOKEN", ChannelTest.AUTH_TOKEN);
    env.put("TWILIO_FROM", "+15005550006");
    env.put("TWILIO_API_BASE_URL", providers.baseUrl());
    env.put("TWILIO_MESSAGES_PER_SECOND", "1000");
    env.put("TELEGRAM_BOT_TOKEN", ChannelTest.BOT_TOKEN);
    env.put("TELEGRAM_WEBHOOK_SECRET", ChannelTest.TELEGRAM_SECRET);
    env.put("TELEGRAM_MODE", "webhook");
    env.put("TELEGRAM_API_BASE_URL", providers.baseUrl());
    env.put("TELEGRAM_MESSAGES_PER_SECOND", "1000");
    // Short provider timeouts, backoffs and claims so that faults and a kill play out in seconds.
    // A pass claims no more rows than it has threads, so every row starts sending at once; a row
    // is sent only while its claim covers the provider's longest call (3 s for Telegram, three
    // times 2 s for Twilio: pool wait, connect and answer) plus the 1 s margin, else it goes back
    // unsent.
    List<String> args = List.of("--hadana.telegram.per-chat-interval=0ms",
        "--hadana.telegram.timeout=3s", "--hadana.twilio.timeout=2s",
        "--hadana.outbox.poll-interval=100ms", "--hadana.outbox.backoff-base=100ms",
        "--hadana.outbox.backoff-max=1s", "--hadana.outbox.batch-size=20",
        "--hadana.outbox.threads=40", "--hadana.outbox.claim-timeout=10s",
        "--hadana.outbox.claim-margin=1s");
    a = new BotProcess("A", env, args, dir).start();
    b = new BotProcess("B", env, args, dir).start();
    a.awaitReady(Duration.ofSeconds(150));
    b.awaitReady(Duration.ofSeconds(150));
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  /** Waits until no outbox row is pending or being sent; fails after {@code max}. */
  void awaitOutboxDrained(Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (count("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')") > 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("outbox not drained within " + max + "\nA:\n" + a.tail() + "\nB:\n" + b.tail());
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      a.close();
      b.close();
    } finally {
      providers.close();
      database.close();
      try (var files = Files.walk(dir)) { // the processes' logs and local pepper
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
