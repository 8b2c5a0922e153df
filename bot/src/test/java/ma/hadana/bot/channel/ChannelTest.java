package ma.hadana.bot.channel;

import ma.hadana.bot.channel.outbox.OutboxWorker;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the channel tests: the whole bot (real {@code Conversation}, stores, embedded
 * PostgreSQL) with both channels configured against {@link FakeProviders}, short backoffs, and
 * no background outbox worker: tests send with {@link OutboxWorker#runOnce()}. Provider timeouts
 * are generous ({@link #PROVIDER_TIMEOUT}) and the claim outlasts them, as in production: a
 * loaded machine answering late must not turn a send into a retry (the provider got the first
 * request). Tests of the timeout itself send through a sender of their own with a short one.
 * Every test starts from empty channel and conversation tables; the registry holds
 * {@link TestCreches}.
 */
@SpringBootTest(properties = {
    "hadana.webhooks.public-base-url=" + ChannelTest.PUBLIC_BASE_URL,
    "hadana.twilio.account-sid=" + ChannelTest.ACCOUNT_SID,
    "hadana.twilio.auth-token=" + ChannelTest.AUTH_TOKEN,
    "hadana.twilio.from=+15005550006",
    "hadana.twilio.whatsapp-from=whatsapp:+14155238886",
    "hadana.twilio.timeout=" + ChannelTest.PROVIDER_TIMEOUT,
    "hadana.telegram.bot-token=" + ChannelTest.BOT_TOKEN,
    "hadana.telegram.webhook-secret=" + ChannelTest.TELEGRAM_SECRET,
    "hadana.telegram.mode=webhook",
    "hadana.telegram.timeout=" + ChannelTest.PROVIDER_TIMEOUT,
    "hadana.telegram.per-chat-interval=0ms",
    "hadana.outbox.worker=false",
    "hadana.outbox.backoff-base=20ms",
    "hadana.outbox.backoff-max=100ms",
    "hadana.outbox.max-attempts=3",
    "hadana.outbox.claim-timeout=2m"})
@AutoConfigureMockMvc
public abstract class ChannelTest {

  public static final String PUBLIC_BASE_URL = "https://hadana.test";
  public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  public static final String AUTH_TOKEN = "12345678901234567890123456789012";
  public static final String BOT_TOKEN = "123456789:AAE-test-token";
  public static final String TELEGRAM_SECRET = "s3cret_Token-for-tests";
  /** Twilio's and Telegram's client timeout in these tests: far above any answer of the fake. */
  public static final String PROVIDER_TIMEOUT = "30s";

  @Autowired
  protected MockMvc mvc;
  @Autowired
  protected JdbcClient jdbc;
  @Autowired
  protected OutboxWorker worker;
  @Autowired
  private CrecheRepository creches;
  @Autowired
  private CrecheSearch search;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    registry.add("hadana.twilio.api-base-url", FakeProviders::baseUrl);
    registry.add("hadana.telegram.api-base-url", FakeProviders::baseUrl);
  }

  @BeforeEach
  void cleanSlate() {
    TestCreches.load(creches, search);
    FakeProviders.reset();
    jdbc.sql("TRUNCATE outbox, inbound_receipt, contact, dialogue, conversation_event, rate_window,"
        + " handover, handover_message").update();
  }

  /** Sends everything due, as a worker pass would. */
  protected int sendOutbox() {
    return worker.runOnce();
  }

  /** An outbox row's status by idempotency key. */
  protected String outboxStatus(String key) {
    return jdbc.sql("SELECT status FROM outbox WHERE idempotency_key = ?").params(key)
        .query(String.class).optional().orElse(null);
  }

  /** How many rows a table has. */
  protected long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
