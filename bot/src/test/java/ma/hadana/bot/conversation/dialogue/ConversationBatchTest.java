package ma.hadana.bot.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several senders answered in one transaction get what each would get alone. */
@SpringBootTest
class ConversationBatchTest {

  /** Dialogues in the four languages, with follow-ups that depend on the saved state. */
  private static final List<List<String>> DIALOGUES = List.of(
      List.of("slt jcherche creche pr ma fille 2ans vers sidi moumen", "plus", "1"),
      List.of("بغيت روض قريب من بوخالف", "المزيد"),
      List.of("a nursery near Maarif for my 3 year old", "more", "stop", "start"),
      List.of("bghit crèche f hay mohammadi", "3awd", "aide"),
      List.of("bonjour", "merci"),
      List.of("crèche", "oublie moi"));

  @Autowired Conversation conversation;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  @Test
  void eachSenderOfABatchGetsTheRepliesItWouldGetAlone() {
    String run = "batch-" + System.nanoTime();
    List<List<String>> alone = new ArrayList<>();
    for (int d = 0; d < DIALOGUES.size(); d++) {
      List<String> replies = new ArrayList<>();
      for (String text : DIALOGUES.get(d)) {
        replies.add(texts(conversation.handle(message(run + "-alone-" + d, text))));
      }
      alone.add(replies);
    }
    List<List<String>> together = new ArrayList<>();
    DIALOGUES.forEach(d -> together.add(new ArrayList<>()));
    for (int step = 0; step < 4; step++) {
      List<Conversation.Incoming> batch = new ArrayList<>();
      List<Integer> who = new ArrayList<>();
      for (int d = 0; d < DIALOGUES.size(); d++) {
        if (step < DIALOGUES.get(d).size()) {
          InboundMessage m = message(run + "-together-" + d, DIALOGUES.get(d).get(step));
          batch.add(new Conversation.Incoming(m, conversation.understand(m.text()), () -> true));
          who.add(d);
        }
      }
      List<Turn> turns = conversation.handle(batch);
      assertThat(turns).hasSize(batch.size());
      for (int i = 0; i < turns.size(); i++) {
        together.get(who.get(i)).add(texts(turns.get(i)));
      }
    }
    assertThat(together).isEqualTo(alone);
    assertThat(alone.get(0).get(0)).contains("Sidi Moumen"); // the dialogues did search
    assertThat(jdbc.sql("SELECT count(*) FROM dialogue WHERE sender_key LIKE ?")
        .params(run + "-together-%").query(Long.class).single())
        .isEqualTo(jdbc.sql("SELECT count(*) FROM dialogue WHERE sender_key LIKE ?")
            .params(run + "-alone-%").query(Long.class).single());
  }

  @Test
  void aRedeliveryInABatchRollsEveryStepBackBeforeAnyRan() {
    String run = "redelivered-" + System.nanoTime();
    InboundMessage fresh = message(run + "-a", "crèche à Maarif");
    InboundMessage again = message(run + "-b", "crèche à Maarif");
    Conversation.Incoming second = new Conversation.Incoming(again, conversation.understand(again.text()),
        () -> false);
    assertThatThrownBy(() -> conversation.handle(List.of(
        new Conversation.Incoming(fresh, conversation.understand(fresh.text()), () -> true), second)))
        .isInstanceOfSatisfying(Conversation.Redelivered.class,
            r -> assertThat(r.redelivered()).containsExactly(second));
    assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE sender_key LIKE ?").params(run + "%")
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM dialogue WHERE sender_key LIKE ?").params(run + "%")
        .query(Long.class).single()).isZero();
  }

  private static InboundMessage message(String sender, String text) {
    return new InboundMessage(Channel.SMS, sender, text, null, Instant.now());
  }

  private static String texts(Turn t) {
    return String.join("\n---\n", t.replies().stream().map(Reply::text).toList());
  }
}
