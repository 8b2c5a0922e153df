package ma.hadana.bot.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The right to be forgotten, on the real core and PostgreSQL. */
@SpringBootTest
class ForgetTest {

  @Autowired Conversation conversation;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPRIMER", "supprimer mes données", "DELETE", "delete my data",
      "احذف", "مسح", "امسح بياناتي"})
  void aWholeMessageDeleteForgetsTheSenderButKeepsTheAnonymousEvents(String keyword) {
    Chat chat = new Chat(conversation, Channel.SMS);
    chat.say("jcherche creche pr ma fille 2ans vers sidi moumen");
    assertThat(rows("contact", chat)).isEqualTo(1);
    assertThat(rows("dialogue", chat)).isEqualTo(1);
    long searches = events("search");
    long forgotten = events("forgotten");

    Turn t = chat.say(keyword);

    assertThat(t.interpretation().intent()).isEqualTo("forget");
    assertThat(t.replies()).singleElement()
        .satisfies(r -> assertThat(r.text()).containsAnyOf("effacées", "deleted", "حذف", "مسحنا"));
    assertThat(rows("contact", chat)).isZero();
    assertThat(rows("dialogue", chat)).isZero();
    assertThat(events("search")).isEqualTo(searches);
    assertThat(events("forgotten")).isEqualTo(forgotten + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"supprimer la crèche de Maarif", "comment effacer mes données ?"})
  void deleteInsideASentenceIsNotTheCommand(String text) {
    Chat chat = new Chat(conversation, Channel.SMS);
    assertThat(chat.say(text).interpretation().intent()).isNotEqualTo("forget");
  }

  @org.junit.jupiter.api.Test
  void aForgottenSenderWhoWritesAgainIsANewContact() {
    Chat chat = new Chat(conversation, Channel.SMS);
    chat.say("bonjour");
    chat.say("delete");
    assertThat(chat.say("bonjour").replies()).hasSize(2); // the privacy line again
  }

  private long rows(String table, Chat chat) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE sender_key = ?")
        .params(chat.sender()).query(Long.class).single();
  }

  private long events(String kind) {
    return jdbc.sql("SELECT count(*) FROM conversation_event WHERE kind = ?").params(kind)
        .query(Long.class).single();
  }
}
