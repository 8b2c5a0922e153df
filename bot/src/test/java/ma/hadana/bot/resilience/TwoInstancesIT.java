package ma.hadana.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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

  static TwoBots bots;
  static BotProcess a;
  static BotProcess b;
  final Webhooks webhooks = new Webhooks();

  @BeforeAll
  static void startTwoInstances() throws Exception {
    bots = new TwoBots();
    a = bots.a;
    b = bots.b;
  }

  @AfterAll
  static void stop() throws Exception {
    if (bots != null) {
      bots.close();
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

    bots.awaitOutboxDrained(Duration.ofSeconds(60));
    assertThat(count("SELECT count(*) FROM inbound_receipt")).isEqualTo(SENDERS * SCRIPT.size());
    assertThat(count("SELECT count(*) FROM outbox WHERE status <> 'sent' OR attempts <> 1")).isZero();
    // Each Telegram dialogue, read from what Telegram was asked to send, in order, per chat.
    Map<String, List<String>> perChat = new HashMap<>();
    for (JsonNode m : bots.providers.telegramMessages()) {
      perChat.computeIfAbsent(m.get("chat_id").asText(), k -> new ArrayList<>()).add(m.get("text").asText());
    }
    assertThat(perChat).hasSize(SENDERS / 2);
    assertThat(bots.providers.telegramMessages()).hasSize(
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

  @Test
  @Order(2)
  void anAdminEditReachesBothInstancesWithinTwoSeconds() throws Exception {
    String nearby = "/api/v1/creches/nearby?lat=33.583&lon=-7.633&limit=5";
    JsonNode first = JSON.readTree(webhooks.get(a.baseUrl() + nearby).body()).at("/results/0");
    String id = first.get("id").asText();
    String renamed = first.get("name").asText() + " (nouveaux horaires)";
    // As the console saves a listing: one committed UPDATE, whose trigger NOTIFYs every process.
    bots.jdbc.sql("UPDATE creche SET name = ?, version = version + 1, updated_at = now() WHERE id = ?")
        .params(renamed, id).update();
    long committed = System.nanoTime();
    boolean seenByA = false;
    boolean seenByB = false;
    while (!(seenByA && seenByB) && System.nanoTime() - committed < 2_000_000_000L) {
      seenByA = seenByA || showsName(a, nearby, id, renamed);
      seenByB = seenByB || showsName(b, nearby, id, renamed);
    }
    assertThat(seenByA).as("A shows the edit within 2 s").isTrue();
    assertThat(seenByB).as("B shows the edit within 2 s").isTrue();
  }

  private boolean showsName(BotProcess p, String nearby, String id, String name) throws Exception {
    for (JsonNode r : JSON.readTree(webhooks.get(p.baseUrl() + nearby).body()).get("results")) {
      if (r.get("id").asText().equals(id)) {
        return r.get("name").asText().equals(name);
      }
    }
    return false;
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

  static long count(String sql) {
    return bots.count(sql);
  }
}
