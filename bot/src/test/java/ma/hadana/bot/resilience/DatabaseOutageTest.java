package ma.hadana.bot.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.function.BooleanSupplier;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TestCreches;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away for a while (a relay between bot and PostgreSQL drops every connection
 * and refuses new ones): webhooks answer 503 with Retry-After well within Twilio's timeout, the
 * readiness probe goes down, and when the database is back the bot recovers by itself: retried
 * webhooks are handled once, the outbox worker sends again, and the search index hears listing
 * changes again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "hadana.webhooks.public-base-url=" + ChannelTest.PUBLIC_BASE_URL,
    "hadana.twilio.account-sid=" + ChannelTest.ACCOUNT_SID,
    "hadana.twilio.auth-token=" + ChannelTest.AUTH_TOKEN,
    "hadana.twilio.from=+15005550006",
    "hadana.telegram.bot-token=" + ChannelTest.BOT_TOKEN,
    "hadana.telegram.webhook-secret=" + ChannelTest.TELEGRAM_SECRET,
    "hadana.telegram.mode=webhook",
    "hadana.telegram.per-chat-interval=0ms",
    "hadana.outbox.worker=true",
    "hadana.outbox.poll-interval=100ms",
    // A short claim, so that an outage outlasts it in seconds; it must still cover a provider's
    // longest call (Telegram's timeout, three times Twilio's) plus the margin, or the bot refuses to start.
    "hadana.telegram.timeout=4s",
    "hadana.twilio.timeout=2s",
    "hadana.outbox.claim-margin=1s",
    "hadana.outbox.claim-timeout=8s",
    "hadana.db.user=postgres",
    "hadana.db.password=",
    "hadana.db-pool.connection-timeout=2s",
    "hadana.pepper=outage-test-pepper",
    "hadana.simulator.enabled=true",
    "hadana.search.reconnect-delay=200ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

  /** The application name the search index's listening connection shows in pg_stat_activity. */
  private static final String CHANGE_LISTENER = "hadana-search-listen";

  private static RelayedDatabase database;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    database = RelayedDatabase.start();
    registry.add("hadana.db.url", database::url);
    registry.add("hadana.twilio.api-base-url", FakeProviders::baseUrl);
    registry.add("hadana.telegram.api-base-url", FakeProviders::baseUrl);
  }

  /** Stops relay and server when the context closes, after the bot let go of its connections. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Teardown {
    @Bean
    AutoCloseable outageFixtures() {
      return database;
    }
  }

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  CrecheRepository creches;
  @Autowired
  CrecheSearch search;

  private final Webhooks webhooks = new Webhooks();

  @Test
  void answers503DuringAnOutageAndRecoversByItself() throws Exception {
    TestCreches.load(creches, search);
    FakeProviders.reset();
    String base = "http://localhost:" + port;
    assertThat(webhooks.sms(base, Webhooks.sid(1), "+212600000101",
        "crèche à Maarif").body()).contains("<Message>");
    assertThat(webhooks.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

    database.relay().cut();
    long cutAt = System.nanoTime();
    String sid = Webhooks.sid(2);
    HttpResponse<String> sms = webhooks.sms(base, sid, "+212600000102", "crèche à Maarif");
    assertThat(sms.statusCode()).isEqualTo(503);
    assertThat(sms.headers().firstValue("Retry-After")).hasValue("5");
    HttpResponse<String> update = webhooks.telegram(base, 77_000_001L, 4_242_001L, "crèche à Maarif");
    assertThat(update.statusCode()).isEqualTo(503);
    assertThat(update.headers().firstValue("Retry-After")).isPresent();
    assertThat(webhooks.status(base, "SMdeadbeefdeadbeefdeadbeefdeadbeef").statusCode()).isEqualTo(503);
    assertThat(webhooks.postJson(base + "/api/v1/simulate",
        "{\"channel\":\"sms\",\"from\":\"+212600000103\",\"text\":\"bonjour\"}").statusCode())
        .isEqualTo(503);
    assertThat(webhooks.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
    assertThat(webhooks.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

    Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - cutAt) / 1_000_000)); // a 10 s outage
    Timestamp restored = new Timestamp(System.currentTimeMillis());
    database.relay().restore();
    eventually(() -> status(base + "/actuator/health/readiness") == 200);
    // The providers retry what got 503: each is handled once, as if new.
    HttpResponse<String> retried = webhooks.sms(base, sid, "+212600000102", "crèche à Maarif");
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.body()).contains("Les Petits Anges");
    assertThat(webhooks.sms(base, sid, "+212600000102", "crèche à Maarif").body())
        .doesNotContain("<Message>");
    assertThat(webhooks.telegram(base, 77_000_001L, 4_242_001L, "crèche à Maarif").statusCode())
        .isEqualTo(200);
    assertThat(webhooks.telegram(base, 77_000_001L, 4_242_001L, "crèche à Maarif").statusCode())
        .isEqualTo(200);
    long queued = jdbc.sql("SELECT count(*) FROM outbox WHERE address = '4242001'").query(Long.class).single();
    assertThat(queued).isPositive();
    // The outbox worker is sending again: every queued reply leaves, once.
    eventually(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE address = '4242001' AND status = 'sent'")
        .query(Long.class).single() == queued);
    assertThat(requests(telegram("sendMessage")).stream()
        .filter(r -> r.getBodyAsString().contains("4242001")).count()).isEqualTo(queued);

    // The listening connection is back, and a listing changed now reaches the search index.
    eventually(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"
        + " AND backend_start > ?").params(CHANGE_LISTENER, restored).query(Long.class).single() == 1);
    jdbc.sql("UPDATE creche SET name = 'Les Petits Anges (rouverte)' WHERE id = ?")
        .params(TestCreches.PETITS_ANGES.id()).update();
    eventually(() -> search.listing(TestCreches.PETITS_ANGES.id()).orElseThrow().name()
        .equals("Les Petits Anges (rouverte)"));
  }

  @Test
  void aMessageAcceptedWhileTheDatabaseIsAwayIsRecordedWhenItIsBackNotSentAgain() throws Exception {
    TestCreches.load(creches, search);
    FakeProviders.reset();
    String chat = "4242002";
    // Telegram takes 2.5 s to accept each message to this chat; the database goes away meanwhile.
    FakeProviders.server().stubFor(post(urlPathMatching(telegram("sendMessage"))).atPriority(1)
        .withRequestBody(containing(chat))
        .willReturn(FakeProviders.json(200, Fixtures.text("telegram/api/send-message-ok.json"))
            .withFixedDelay(2_500)));
    String base = "http://localhost:" + port;
    assertThat(webhooks.telegram(base, 77_000_002L, Long.parseLong(chat), "crèche à Maarif").statusCode())
        .isEqualTo(200);
    // Telegram holds the message (so the worker is past its last read before sending).
    eventually(() -> requests(telegram("sendMessage")).stream()
        .anyMatch(r -> r.getBodyAsString().contains(chat)));
    database.relay().cut();
    // The answer comes while the database is away, and the outage outlasts the 8 s claim: the
    // worker keeps the outcome until the database is back rather than sending again.
    Thread.sleep(8_000);
    database.relay().restore();
    eventually(() -> jdbc.sql("SELECT count(*) FILTER (WHERE status <> 'sent') = 0 FROM outbox"
        + " WHERE address = ?").params(chat).query(Boolean.class).single());
    long rows = jdbc.sql("SELECT count(*) FROM outbox WHERE address = ?").params(chat).query(Long.class).single();
    assertThat(rows).isPositive();
    assertThat(jdbc.sql("SELECT max(attempts) FROM outbox WHERE address = ?").params(chat)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(requests(telegram("sendMessage")).stream()
        .filter(r -> r.getBodyAsString().contains(chat)).count()).isEqualTo(rows);
  }

  private static boolean holds(BooleanSupplier condition) {
    try {
      return condition.getAsBoolean();
    } catch (DataAccessException e) {
      return false;
    }
  }

  private int status(String url) {
    try {
      return webhooks.get(url).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Waits (up to 30 s) for what recovery must bring about; fails if it never comes. A query that
   * fails because the pool has not reconnected yet counts as "not yet".
   */
  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 30_000_000_000L;
    while (!holds(condition)) {
      assertThat(System.nanoTime()).as("recovered within 30 s").isLessThan(end);
      Thread.sleep(100);
    }
  }
}
