package ma.hadana.bot.resilience;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.resilience.FaultyProviders.Call;
import ma.hadana.bot.resilience.FaultyProviders.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Providers failing a fifth of the sends (500, 429 with retry_after, an answer after the
 * client's timeout, a reset connection) and one of two bot processes killed with SIGKILL while
 * it sends, then restarted: every queued message is eventually accepted by the provider, and
 * accepted twice only when it was in flight at the moment of the kill.
 *
 * <p>"Sent" means what the bot can know: the provider answered 2xx. A send that timed out after
 * the provider took it, or that was accepted just before the process died and before the row
 * was marked, is sent again: neither Telegram's sendMessage nor Twilio's Messages API takes an
 * idempotency key. The outbox's idempotency key guarantees one row per reply, however often the
 * webhook behind it is redelivered; the attempt number on each row guarantees that a worker whose
 * claim was taken over cannot overwrite the newer outcome. This test counts both kinds of repeat.
 */
class KilledInstanceIT {

  static final int PROACTIVE = 240;
  static final int INBOUND_CHATS = 40;
  static final List<String> SCRIPT = List.of("crèche à Maarif", "plus", "2", "plus");

  final Webhooks webhooks = new Webhooks();

  @Test
  void withFlakyProvidersAndAKilledInstanceEveryMessageIsSentAndNoneAcceptedTwiceOutsideTheKill()
      throws Exception {
    try (TwoBots bots = new TwoBots()) {
      bots.providers.faults(0.2, 20261204L);
      queueProactiveMessages(bots);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<CompletableFuture<Void>> traffic = new ArrayList<>();
      for (int c = 0; c < INBOUND_CHATS; c++) {
        int chat = c;
        traffic.add(CompletableFuture.runAsync(() -> dialogue(bots, chat), pool));
      }

      waitForCalls(bots, PROACTIVE / 3);
      bots.b.kill();
      Set<String> inFlight = new HashSet<>(bots.jdbc.sql(
              "SELECT address || chr(10) || (payload->>'text') FROM outbox WHERE status = 'sending'")
          .query(String.class).list());
      bots.b.start();
      bots.b.awaitReady(Duration.ofSeconds(150));
      CompletableFuture.allOf(traffic.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
      pool.shutdown();
      bots.awaitOutboxDrained(Duration.ofSeconds(120));

      List<Call> calls = bots.providers.calls();
      long faults = calls.stream().filter(x -> x.outcome() != Outcome.OK).count();
      assertThat(faults).as("faults injected").isGreaterThan(calls.size() / 10);
      assertThat(bots.count("SELECT count(*) FROM outbox WHERE status <> 'sent' OR dead_letter")).isZero();
      List<String> rows = bots.jdbc.sql("SELECT address || chr(10) || (payload->>'text') FROM outbox"
          + " WHERE payload->>'kind' = 'TEXT'").query(String.class).list();
      assertThat(rows).hasSize(PROACTIVE + INBOUND_CHATS * (SCRIPT.size() + 1)).doesNotHaveDuplicates();
      // Nothing lost inbound: each chat got its privacy line and one reply per message.
      assertThat(bots.count("SELECT count(DISTINCT address) FROM outbox WHERE address LIKE '90%'"))
          .isEqualTo(INBOUND_CHATS);

      Map<String, Long> accepted = calls.stream().filter(x -> x.outcome() == Outcome.OK)
          .collect(groupingBy(Call::key, counting()));
      Map<String, Long> reached = calls.stream()
          .filter(x -> x.outcome() == Outcome.OK || x.outcome() == Outcome.LATE_OK)
          .collect(groupingBy(Call::key, counting()));
      assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(rows);
      List<String> acceptedTwice = rows.stream().filter(r -> accepted.get(r) > 1).toList();
      assertThat(inFlight).containsAll(acceptedTwice);
      long reachedTwice = rows.stream().filter(r -> reached.get(r) > 1).count();
      System.out.printf("KilledInstanceIT: %d sends, %d faults, %d rows; accepted twice (in flight at"
              + " the kill): %d of %d in flight; reached the provider twice (late answer given up): %d%n",
          calls.size(), faults, rows.size(), acceptedTwice.size(), inFlight.size(), reachedTwice);
    }
  }

  /** As the console queues proactive messages: committed rows, to Telegram chats and SMS numbers. */
  private static void queueProactiveMessages(TwoBots bots) {
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = 0; i < PROACTIVE; i++) {
      boolean telegram = i % 2 == 0;
      String address = telegram ? String.valueOf(8_000_000 + i % 40) : String.format("+2127%08d", i % 40);
      String payload = "{\"kind\":\"TEXT\",\"text\":\"Rappel " + i + "\",\"choices\":[],"
          + "\"venue\":null,\"callbackQueryId\":null}";
      bots.jdbc.sql("INSERT INTO outbox (channel, address, payload, idempotency_key, confirms_opt_out,"
              + " next_attempt_at, created_at, updated_at) VALUES (?, ?, ?::jsonb, ?, false, ?, ?, ?)")
          .params(telegram ? "telegram" : "sms", address, payload, "drill:" + i, now, now, now)
          .update();
    }
  }

  /** One chat's messages, alternating instances; a failed delivery is redelivered elsewhere. */
  private void dialogue(TwoBots bots, int chat) {
    for (int j = 0; j < SCRIPT.size(); j++) {
      long update = 3_000_000L + chat * 100L + j;
      BotProcess first = (chat + j) % 2 == 0 ? bots.a : bots.b;
      BotProcess second = first == bots.a ? bots.b : bots.a;
      for (int attempt = 0; ; attempt++) {
        BotProcess to = attempt % 2 == 0 ? first : second;
        if (delivered(to, update, 9_000_000L + chat, SCRIPT.get(j))) {
          break;
        }
        if (attempt > 50) {
          throw new AssertionError("update " + update + " never accepted");
        }
        sleep(100);
      }
    }
  }

  private boolean delivered(BotProcess to, long update, long chat, String text) {
    try {
      HttpResponse<String> r = webhooks.telegram(to.baseUrl(), update, chat, text);
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false; // killed or not yet back: Telegram retries
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void waitForCalls(TwoBots bots, int n) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (bots.providers.calls().size() < n) {
      assertThat(System.nanoTime()).as("%d sends within 60 s", n).isLessThan(end);
      Thread.sleep(20);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
