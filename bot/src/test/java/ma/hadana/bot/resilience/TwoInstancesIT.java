package ma.hadana.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.registry.db.DatabaseProperties;
import ma.hadana.registry.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two bot processes from the jar, A and B, on one PostgreSQL, as replicas behind a load balancer
 * run: conversations hop between them, providers redeliver to the other one, an admin edits a
 * listing, and then (last) the providers turn flaky and one process is killed and restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int SENDERS = 100;
  static final List<String> SCRIPT =
      List.of("crèche à Maarif", "plus", "2", "plus", "1", "plus", "5", "plus", "7", "plus");

  static Path dir;
  static EmbeddedPostgresServer database;
  static FaultyProviders providers;
  static JdbcClient jdbc;
  static BotProcess a;
  static BotProcess b;
  final Webhooks webhooks = new Webhooks();

  @BeforeAll
  static void startTwoInstances() throws Exception {
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
    List<String> args = List.of("--hadana.telegram.per-chat-interval=0ms",
        "--hadana.telegram.timeout=1s", "--hadana.twilio.timeout=1s",
        "--hadana.outbox.poll-interval=100ms", "--hadana.outbox.backoff-base=100ms",
        "--hadana.outbox.backoff-max=1s", "--hadana.outbox.claim-timeout=5s");
    a = new BotProcess("A", env, args, dir).start();
    b = new BotProcess("B", env, args, dir).start();
    a.awaitReady(Duration.ofSeconds(150));
    b.awaitReady(Duration.ofSeconds(150));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (a != null) {
        a.close();
      }
      if (b != null) {
        b.close();
      }
    } finally {
      if (providers != null) {
        providers.close();
      }
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  @Order(1)
  void aThousandMessagesHoppingBetweenInstancesAreEachAnsweredOnceInTheirDialogue() throws Exception {
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      runs.add(CompletableFuture.runAsync(() -> {
        try {
          if (sender % 2 == 0) {
            smsDialogue(sender, problems);
          } else {
            telegramDialogue(sender, problems);
          }
        } catch (Exception e) {
          problems.add("sender " + sender + ": " + e);
        }
      }, pool));
    }
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(problems).isEmpty();

    awaitOutboxDrained(Duration.ofSeconds(60));
    assertThat(count("SELECT count(*) FROM inbound_receipt")).isEqualTo(SENDERS * SCRIPT.size());
    assertThat(count("SELECT count(*) FROM outbox WHERE status <> 'sent' OR attempts <> 1")).isZero();
    // Each Telegram dialogue, read from what Telegram was asked to send, in order, per chat.
    Map<String, List<String>> perChat = new HashMap<>();
    for (JsonNode m : providers.telegramMessages()) {
      perChat.computeIfAbsent(m.get("chat_id").asText(), k -> new ArrayList<>()).add(m.get("text").asText());
    }
    assertThat(perChat).hasSize(SENDERS / 2);
    assertThat(providers.telegramMessages()).hasSize(
        (int) count("SELECT count(*) FROM outbox WHERE channel = 'telegram' AND payload->>'kind' = 'TEXT'"));
    for (var chat : perChat.entrySet()) {
      List<String> texts = chat.getValue();
      assertThat(texts).as("chat %s", chat.getKey()).hasSize(SCRIPT.size() + 1); // + privacy line
      Dialogue d = new Dialogue("telegram " + chat.getKey(), problems);
      for (int j = 0; j < SCRIPT.size(); j++) {
        d.check(SCRIPT.get(j), List.of(texts.get(j + 1)));
      }
    }
    assertThat(problems).isEmpty();
  }

  /** One SMS sender's dialogue, each message to the other instance than the one before. */
  private void smsDialogue(int sender, Queue<String> problems) throws Exception {
    String from = String.format("+2126%08d", sender);
    Dialogue d = new Dialogue("sms " + from, problems);
    for (int j = 0; j < SCRIPT.size(); j++) {
      BotProcess to = (sender + j) % 2 == 0 ? a : b;
      BotProcess other = to == a ? b : a;
      String sid = Webhooks.sid(sender * 100L + j + 1);
      String text = SCRIPT.get(j);
      List<String> answered;
      if (j % 5 == 3) {
        // Twilio redelivers at the same moment to the other instance: one of them answers.
        var first = CompletableFuture.supplyAsync(() -> sms(to, sid, from, text));
        var second = CompletableFuture.supplyAsync(() -> sms(other, sid, from, text));
        List<String> x = first.get();
        List<String> y = second.get();
        if (x.isEmpty() == y.isEmpty()) {
          problems.add(from + " message " + j + ": concurrent redelivery answered " + (x.isEmpty() ? 0 : 2) + " times");
        }
        answered = x.isEmpty() ? y : x;
      } else {
        answered = sms(to, sid, from, text);
        if (j % 5 == 1 && !sms(other, sid, from, text).isEmpty()) {
          problems.add(from + " message " + j + ": redelivery to the other instance answered again");
        }
      }
      d.check(text, j == 0 ? answered.subList(Math.min(1, answered.size()), answered.size()) : answered);
    }
  }

  private List<String> sms(BotProcess to, String sid, String from, String text) {
    try {
      HttpResponse<String> r = webhooks.sms(to.baseUrl(), sid, from, text);
      assertThat(r.statusCode()).as("%s %s", to.baseUrl(), r.body()).isEqualTo(200);
      return Twiml.messages(r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One Telegram chat's updates, alternating instances, some redelivered to the other one. */
  private void telegramDialogue(int sender, Queue<String> problems) throws Exception {
    long chat = 5_000_000L + sender;
    for (int j = 0; j < SCRIPT.size(); j++) {
      BotProcess to = (sender + j) % 2 == 0 ? a : b;
      BotProcess other = to == a ? b : a;
      long update = 1_000_000L + sender * 100L + j;
      String text = SCRIPT.get(j);
      if (j % 5 == 3) {
        var first = CompletableFuture.supplyAsync(() -> telegram(to, update, chat, text));
        var second = CompletableFuture.supplyAsync(() -> telegram(other, update, chat, text));
        first.get();
        second.get();
      } else {
        telegram(to, update, chat, text);
        if (j % 5 == 1) {
          telegram(other, update, chat, text);
        }
      }
    }
  }

  private Void telegram(BotProcess to, long update, long chat, String text) {
    try {
      assertThat(webhooks.telegram(to.baseUrl(), update, chat, text).statusCode()).isEqualTo(200);
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void awaitOutboxDrained(Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (count("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')") > 0) {
      assertThat(System.nanoTime()).as("outbox drained within %s", max).isLessThan(end);
      Thread.sleep(100);
    }
  }

  static long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
