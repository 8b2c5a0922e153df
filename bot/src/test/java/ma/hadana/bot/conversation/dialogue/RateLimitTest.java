package ma.hadana.bot.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.limit.RateLimitProperties;
import ma.hadana.bot.conversation.limit.RateLimiter;
import ma.hadana.bot.referral.ReferralLinks;
import ma.hadana.bot.db.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-sender rate limit on the real core and PostgreSQL (default: 20 per 10 minutes). */
@SpringBootTest
class RateLimitTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Conversation conversation;
  @Autowired Interpreter interpreter;
  @Autowired ContactStore contacts;
  @Autowired DialogueStore dialogues;
  @Autowired DialoguePolicy policy;
  @Autowired Events events;
  @Autowired ConversationMetrics metrics;
  @Autowired ReferralLinks referrals;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired RateLimitProperties props;
  @Autowired Pipeline pipeline;

  @Test
  void theTwentyFirstMessageGetsOneNoticeTheTwentySecondNothingAndTheNextWindowAnswers() {
    String sender = sender();
    for (int i = 0; i < 20; i++) {
      assertThat(say(conversation, sender, "bonjour", T0.plusSeconds(i)).replies()).isNotEmpty();
    }
    long before = rateLimitedEvents();
    Turn notice = say(conversation, sender, "bonjour", T0.plusSeconds(20));
    assertThat(notice.replies()).singleElement()
        .satisfies(r -> assertThat(r.text()).contains("beaucoup de messages"));
    assertThat(rateLimitedEvents()).isEqualTo(before + 1);
    assertThat(say(conversation, sender, "bonjour", T0.plusSeconds(21)).replies()).isEmpty();
    assertThat(say(conversation, sender, "bonjour", T0.plusSeconds(300)).replies()).isEmpty();
    assertThat(rateLimitedEvents()).isEqualTo(before + 1);

    Turn later = say(conversation, sender, "bonjour", T0.plus(Duration.ofMinutes(10)).plusSeconds(1));
    assertThat(later.replies()).isNotEmpty();
    assertThat(later.interpretation().intent()).isEqualTo("greeting");
  }

  @Test
  void theNoticeIsInTheSendersLanguage() {
    String sender = sender();
    for (int i = 0; i < 20; i++) {
      say(conversation, sender, "السلام عليكم", T0.plusSeconds(i));
    }
    Turn notice = say(conversation, sender, "السلام عليكم", T0.plusSeconds(20));
    assertThat(notice.replies()).singleElement()
        .satisfies(r -> assertThat(r.language()).startsWith("ar"));
  }

  @Test
  void aSilencedSenderCanStillOptOut() {
    String sender = sender();
    for (int i = 0; i < 22; i++) {
      say(conversation, sender, "bonjour", T0.plusSeconds(i));
    }
    Turn stop = say(conversation, sender, "STOP", T0.plusSeconds(30));
    assertThat(stop.replies()).isNotEmpty();
    assertThat(jdbc.sql("SELECT opted_out FROM contact WHERE channel = 'sms' AND sender_key = ?")
        .params(sender).query(Boolean.class).single()).isTrue();
  }

  @Test
  void messagesIgnoredAfterStopAreNotCountedSoStartIsAnswered() {
    String sender = sender();
    say(conversation, sender, "bonjour", T0);
    say(conversation, sender, "STOP", T0.plusSeconds(1));
    for (int i = 0; i < 25; i++) {
      assertThat(say(conversation, sender, "bonjour", T0.plusSeconds(2 + i)).replies()).isEmpty();
    }
    Turn start = say(conversation, sender, "START", T0.plusSeconds(40));
    assertThat(start.replies()).isNotEmpty()
        .noneSatisfy(r -> assertThat(r.text()).contains("beaucoup de messages"));
    assertThat(jdbc.sql("SELECT messages FROM rate_window WHERE channel = 'sms' AND sender_key = ?")
        .params(sender).query(Integer.class).single()).isEqualTo(2); // bonjour, START
  }

  @Test
  void twoInstancesOnOneDatabaseShareTheCount() throws Exception {
    Conversation other = new Conversation(interpreter, contacts, dialogues, policy,
        new RateLimiter(jdbc, pipeline, props), events, metrics, referrals,
        new TransactionTemplate(transactions),
        Clock.systemUTC());
    String sender = sender();
    AtomicInteger clock = new AtomicInteger();
    List<Callable<Turn>> calls = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Conversation c = i % 2 == 0 ? conversation : other;
      calls.add(() -> say(c, sender, "bonjour", T0.plusSeconds(clock.incrementAndGet())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Turn> turns = new ArrayList<>();
    try {
      for (Future<Turn> f : pool.invokeAll(calls)) {
        turns.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    long answered = turns.stream().filter(t -> !t.replies().isEmpty()).count();
    assertThat(answered).isEqualTo(21);
    assertThat(turns.stream().filter(t -> t.replies().size() == 1
        && t.replies().get(0).text().contains("beaucoup de messages"))).hasSize(1);
  }

  private long rateLimitedEvents() {
    return jdbc.sql("SELECT count(*) FROM conversation_event WHERE kind = 'rate_limited'")
        .query(Long.class).single();
  }

  private static String sender() {
    return "rate-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
  }

  private static Turn say(Conversation c, String sender, String text, Instant at) {
    return c.handle(new InboundMessage(Channel.SMS, sender, text, null, at));
  }
}
