package ma.hadana.bot.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Handing a conversation to people, through the real core and PostgreSQL. */
@SpringBootTest
class HandoverTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Conversation conversation;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;
  @Autowired JdbcClient jdbc;

  private String sender;
  private String phone;

  @BeforeEach
  void aNewFamily() {
    DemoCreches.loadInto(repository, search);
    int n = SEQ.incrementAndGet();
    sender = "handover-test-" + n + "-" + System.nanoTime();
    phone = "+2126000001" + String.format("%02d", n);
  }

  private Turn say(String text) {
    return conversation.handle(
        new InboundMessage(Channel.SMS, sender, text, null, Instant.now(), phone));
  }

  private Map<String, Object> handover() {
    return jdbc.sql("SELECT * FROM handover WHERE sender_key = ? ORDER BY id DESC LIMIT 1")
        .params(sender).query().singleRow();
  }

  private List<String> exchange() {
    return jdbc.sql("SELECT m.direction || ': ' || m.text FROM handover_message m"
            + " JOIN handover h ON h.id = m.handover_id WHERE h.sender_key = ? ORDER BY m.id")
        .params(sender).query(String.class).list();
  }

  private long rows(String sql) {
    return jdbc.sql(sql).params(sender).query(Long.class).single();
  }

  @Test
  void askingForAPersonHandsOverAtOnceAndTheBotThenKeepsQuietButKeepsTheText() {
    say("jcherche creche pr ma fille 2ans vers sidi moumen");
    Turn ack = say("agent");

    assertThat(ack.replies()).singleElement().extracting(Reply::text).asString().contains("BOT");
    Map<String, Object> h = handover();
    assertThat(h).containsEntry("state", "handed_over").containsEntry("reason", "human")
        .containsEntry("address", phone)
        .containsEntry("language", ack.replies().get(0).language());
    List<String> copied = exchange();
    assertThat(copied.get(0)).isEqualTo("in: jcherche creche pr ma fille 2ans vers sidi moumen");
    assertThat(copied).contains("in: agent").hasSizeLessThanOrEqualTo(6);
    assertThat(copied.get(copied.size() - 1)).startsWith("bot: ").contains("BOT");

    Turn quiet = say("je suis à Sidi Moumen, vous êtes là ?");

    assertThat(quiet.replies()).isEmpty();
    assertThat(exchange()).last().isEqualTo("in: je suis à Sidi Moumen, vous êtes là ?");
  }

  @Test
  void aFamilyTalkingToAPersonIsNeverRateLimited() {
    say("agent");
    for (int i = 1; i <= 25; i++) { // the limit is 20 messages in 10 minutes
      assertThat(say("message " + i + " pour l'assistante sociale").replies()).as("message %d", i)
          .isEmpty();
    }
    assertThat(exchange()).contains("in: message 21 pour l'assistante sociale",
        "in: message 25 pour l'assistante sociale")
        .noneMatch(t -> t.contains("beaucoup de messages"));
  }

  @Test
  void whatCannotBeStoredIsLeftOutOfTheExchange() {
    say("agent");
    assertThat(say("allo\u0000 \ud800là").replies()).isEmpty();
    assertThat(exchange()).last().isEqualTo("in: allo là");
    assertThat(say("x".repeat(5000)).replies()).isEmpty();
    assertThat(exchange()).last().asString().hasSize("in: ".length() + 1000);
  }

  @Test
  void theBackToTheBotKeywordClosesTheHandoverAndTheBotAnswersAgain() {
    say("agent");
    assertThat(say("bonjour").replies()).isEmpty();

    Turn back = say("BOT");

    assertThat(back.interpretation().intent()).isEqualTo("bot");
    assertThat(back.replies()).singleElement().extracting(Reply::text).asString()
        .contains("robot Hadana");
    Map<String, Object> h = handover();
    assertThat(h).containsEntry("state", "closed").containsEntry("address", null);
    assertThat(h.get("closed_at")).isNotNull();
    assertThat(say("crèche Maarif Casablanca").replies()).isNotEmpty();
  }

  @Test
  void arabicBackToTheBotKeywordWorksToo() {
    say("موظف");
    assertThat(handover()).containsEntry("state", "handed_over");
    assertThat(say("روبوت").replies()).isNotEmpty();
    assertThat(handover()).containsEntry("state", "closed");
  }

  @Test
  void stopStillWorksWhileHandedOverAndClosesTheHandover() {
    say("agent");

    Turn stop = say("STOP");

    assertThat(stop.replies()).singleElement().extracting(Reply::text).asString()
        .contains("START");
    assertThat(handover()).containsEntry("state", "closed").containsEntry("address", null);
    assertThat(rows("SELECT count(*) FROM contact WHERE sender_key = ? AND opted_out")).isOne();
  }

  @Test
  void theHelpKeywordIsStillAnsweredWhileHandedOverButNotASentenceTheModelReadsAsHelp() {
    say("agent");
    assertThat(say("aide").replies()).isNotEmpty();
    Turn sentence = say("Je suis toujours là");
    assertThat(sentence.interpretation().intent()).isEqualTo("help");
    assertThat(sentence.replies()).isEmpty();
    assertThat(handover()).containsEntry("state", "handed_over");
  }

  @Test
  void threeMessagesNotUnderstoodOpenAWaitingHandoverAndTheBotKeepsAnswering() {
    say("tu es un robot ?");
    assertThat(say("tu es un robot ?").interpretation().intent()).isEqualTo("unknown");
    assertThat(rows("SELECT count(*) FROM handover WHERE sender_key = ?")).isZero();

    Turn third = say("tu es un robot ?");

    assertThat(third.interpretation().intent()).isEqualTo("unknown");
    assertThat(third.replies()).isNotEmpty();
    assertThat(handover()).containsEntry("state", "waiting")
        .containsEntry("reason", "not_understood");
    // The first message, its privacy line and answer, then two more exchanges: the last six.
    assertThat(exchange()).hasSize(6).filteredOn(m -> m.equals("in: tu es un robot ?")).hasSize(2);
    assertThat(exchange()).last().asString().startsWith("bot: ");
    assertThat(say("tu es un robot ?").replies()).isNotEmpty();
    assertThat(exchange()).hasSize(8);
  }

  @Test
  void anObstacleOpensAWaitingHandoverWithItsCategory() {
    say("creche sidi moumen casablanca");
    Turn t = say("ils m'ont refusé parce que je n'ai pas de papiers");
    assertThat(t.replies()).isNotEmpty();
    assertThat(handover()).containsEntry("state", "waiting").containsEntry("reason", "obstacle")
        .containsEntry("obstacle_category", "documents");
  }

  @Test
  void askingForAPersonWhileWaitingHandsOver() {
    say("ils m'ont refusé parce que je n'ai pas de papiers");
    say("agent");
    assertThat(rows("SELECT count(*) FROM handover WHERE sender_key = ?")).isOne();
    assertThat(handover()).containsEntry("state", "handed_over");
  }

  @Test
  void forgetDeletesTheHandoverAndItsExchange() {
    say("creche sidi moumen casablanca");
    say("agent");
    assertThat(exchange()).isNotEmpty();

    say("SUPPRIMER");

    assertThat(rows("SELECT count(*) FROM handover WHERE sender_key = ?")).isZero();
    assertThat(exchange()).isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM handover_message m WHERE NOT EXISTS"
        + " (SELECT 1 FROM handover h WHERE h.id = m.handover_id)").query(Long.class).single())
        .isZero();
  }

  @Test
  void theDialogueRemembersOnlyTheLastSixTextsOutsideItsState() {
    for (int i = 0; i < 5; i++) {
      say("bonjour " + i);
    }
    List<String> recent = recent();
    assertThat(recent).hasSize(6);
    // Oldest first: the last three exchanges, each the family's text and the bot's answer.
    assertThat(List.of(recent.get(0), recent.get(2), recent.get(4)))
        .containsExactly("in:bonjour 2", "in:bonjour 3", "in:bonjour 4");
    assertThat(List.of(recent.get(1), recent.get(3), recent.get(5))).allMatch(t -> t.startsWith("bot:"));
    String state = jdbc.sql("SELECT state FROM dialogue WHERE sender_key = ?").params(sender)
        .query(String.class).single();
    assertThat(state).doesNotContain("bonjour").doesNotContain("\"by\"");
  }

  @Test
  void anExpiredDialoguesTextsAreNotCarriedIntoTheNextOne() {
    say("bonjour");
    assertThat(recent()).hasSize(3); // the text, the privacy line and the answer
    jdbc.sql("UPDATE dialogue SET expires_at = now() - interval '1 minute' WHERE sender_key = ?")
        .params(sender).update();
    say("salut");
    assertThat(recent()).containsExactly("in:salut", recent().get(1)).last().asString()
        .startsWith("bot:");
  }

  private List<String> recent() {
    return jdbc.sql("SELECT unnest(recent) FROM dialogue WHERE sender_key = ?").params(sender)
        .query(String.class).list();
  }

  @Test
  void aConversationWithoutAnAddressNeverReachesTheInbox() {
    // The simulator and the terminal chat have nobody a social worker could answer.
    conversation.handle(new InboundMessage(Channel.SMS, sender, "agent", null, Instant.now()));

    assertThat(rows("SELECT count(*) FROM handover WHERE sender_key = ?")).isZero();
  }
}
