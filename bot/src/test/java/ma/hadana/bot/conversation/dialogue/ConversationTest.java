package ma.hadana.bot.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.reply.SmsEncoding;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whole dialogues against the real core: understanding, gazetteer, index and PostgreSQL. */
@SpringBootTest
class ConversationTest {

  @Autowired Conversation conversation;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  private Chat sms() {
    return new Chat(conversation, Channel.SMS);
  }

  @Test
  void aFrenchSmsSearchListsNearbyCrechesWithinTwoSegments() {
    Turn t = sms().say("slt jcherche creche pr ma fille 2ans vers sidi moumen");
    assertThat(t.interpretation().intent()).isEqualTo("find");
    assertThat(t.interpretation().language()).isEqualTo("fr");
    assertThat(t.interpretation().place().name()).isEqualTo("Sidi Moumen");
    assertThat(t.interpretation().ageMonths()).isEqualTo(24);
    Reply list = t.replies().get(t.replies().size() - 1);
    assertThat(list.text()).contains("Sidi Moumen").contains("1.").contains("PLUS");
    assertThat(list.encoding()).isEqualTo("GSM-7");
    assertThat(list.segments()).isLessThanOrEqualTo(2);
  }

  @Test
  void theFirstMessageOfANewContactCarriesOnePrivacyLine() {
    Chat chat = sms();
    assertThat(chat.say("bonjour").replies()).hasSize(2);
    assertThat(chat.say("bonjour").replies()).hasSize(1);
  }

  @Test
  void repliesInDarijaArabicScriptWithinThreeUcs2Segments() {
    Turn t = sms().say("بغيت روض قريب من بوخالف");
    assertThat(t.interpretation().language()).isEqualTo("ary");
    assertThat(t.interpretation().place().id()).contains("boukhalef");
    Reply list = t.replies().get(t.replies().size() - 1);
    assertThat(list.language()).isEqualTo("ary");
    assertThat(list.encoding()).isEqualTo("UCS-2");
    assertThat(list.segments()).isLessThanOrEqualTo(3);
  }

  @Test
  void asksWhereWhenNoPlaceIsGivenAndThePlaceAloneThenSearches() {
    Chat chat = sms();
    Turn ask = chat.say("Je voudrais inscrire mon fils dans une crèche, il a 3 ans");
    assertThat(ask.interpretation().asks()).isEqualTo("location");
    Turn found = chat.say("Hay Mohammadi Casablanca");
    assertThat(found.interpretation().intent()).isEqualTo("find");
    assertThat(found.interpretation().ageMonths()).isEqualTo(36);
    assertThat(Chat.last(found)).contains("1.");
  }

  @Test
  void anAmbiguousPlaceGetsANumberedQuestionAndANumberAnswersIt() {
    Chat chat = sms();
    Turn q = chat.say("creche hay salam");
    assertThat(q.interpretation().asks()).isEqualTo("disambiguation");
    assertThat(q.interpretation().candidates()).hasSizeGreaterThan(1);
    String second = q.interpretation().candidates().get(1);
    Turn a = chat.say("2");
    assertThat(a.interpretation().intent()).isEqualTo("find");
    assertThat(a.interpretation().place().id()).isEqualTo(second);
  }

  @Test
  void aNumberAfterTheListGivesThatCrechesDetailsAndPlusTheNextPage() {
    Chat chat = sms();
    chat.say("creche maarif casablanca 2 ans");
    Turn more = chat.say("PLUS");
    assertThat(more.interpretation().intent()).isEqualTo("more");
    assertThat(Chat.last(more)).containsPattern("(?m)^4\\. ");
    Turn details = chat.say("4");
    assertThat(details.interpretation().intent()).isEqualTo("details");
    assertThat(Chat.last(details)).contains("+212").contains("Vérifié le 20");
    assertThat(details.replies().get(0).venue()).isNotNull();
  }

  @Test
  void aCityNamedToAnswerTheQuestionPicksThatCitysPlace() {
    Chat chat = sms();
    assertThat(chat.say("bghit creche f massira").interpretation().asks()).isEqualTo("disambiguation");
    Turn t = chat.say("marrakech");
    assertThat(t.interpretation().intent()).isEqualTo("find");
    assertThat(t.interpretation().place().id()).startsWith("nb:07.351");
    assertThat(chat.say("zid").replies()).isNotEmpty();
  }

  @Test
  void stopOnlyCountsAsTheWholeMessage() {
    Turn t = sms().say("stop, je cherche une crèche à Salé");
    assertThat(t.interpretation().intent()).isEqualTo("find");
  }

  @Test
  void anOptedOutSenderGetsNothingUntilStartAndThenAFreshDialogue() {
    Chat chat = sms();
    chat.say("creche agdal rabat");
    Turn stop = chat.say("STOP");
    assertThat(stop.interpretation().intent()).isEqualTo("stop");
    assertThat(Chat.last(stop)).contains("START");
    assertThat(chat.say("creche agdal rabat").replies()).isEmpty();
    assertThat(chat.say("PLUS").replies()).isEmpty();
    Turn start = chat.say("START");
    assertThat(start.interpretation().intent()).isEqualTo("start");
    assertThat(start.replies()).hasSize(1);
    Turn more = chat.say("PLUS");
    assertThat(more.interpretation().intent()).isEqualTo("more");
    assertThat(Chat.last(more)).doesNotContain("1.");
  }

  @Test
  void onlySearchesAndTheirFollowUpsWithNobodyFollowingAreRoutine() {
    Chat chat = sms();
    assertThat(chat.say("creche maarif casablanca 2 ans").routine()).isTrue();
    assertThat(chat.say("PLUS").routine()).isTrue();
    assertThat(chat.say("2").routine()).isTrue();
    assertThat(chat.say("aide").routine()).isTrue();
    assertThat(chat.say("EN").routine()).isFalse(); // a chosen language is kept
    assertThat(chat.say("ils ont refusé mon fils parce que je n'ai pas de papiers").routine())
        .isFalse(); // an obstacle: the needs assessment's evidence
    assertThat(chat.say("STOP").routine()).isFalse();
    assertThat(chat.say("START").routine()).isFalse();

    Chat followed = sms();
    assertThat(followed.sayFrom("+212600000777", "AGENT").routine()).isFalse();
    Turn held = followed.sayFrom("+212600000777", "creche maarif casablanca");
    assertThat(held.interpretation().intent()).isEqualTo("find");
    assertThat(held.routine()).isFalse(); // a person has the conversation: its words are kept
  }

  @Test
  void aChosenLanguageIsKeptUntilChangedAgain() {
    Chat chat = sms();
    Turn en = chat.say("EN");
    assertThat(en.interpretation().intent()).isEqualTo("lang_switch");
    assertThat(Chat.last(en)).contains("English");
    Turn fr = chat.say("je cherche une creche a temara");
    assertThat(fr.replies().get(0).language()).isEqualTo("en");
  }

  @Test
  void aSharedLocationNeedsNoTextAndTelegramOffersButtons() {
    Turn t = new Chat(conversation, Channel.TELEGRAM).share(DemoCreches.MAARIF_LAT, DemoCreches.MAARIF_LON);
    assertThat(t.interpretation().intent()).isEqualTo("find");
    Reply list = t.replies().get(t.replies().size() - 1);
    assertThat(list.choices()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void noCrecheWithinTheCapIsSaidPlainly() {
    Turn t = sms().say("creche a dakhla");
    assertThat(t.interpretation().intent()).isEqualTo("find");
    assertThat(Chat.last(t)).contains("25 km");
  }

  @Test
  void aSearchRecordsWhetherItsNearestResultHasNoFreePlace() {
    sms().say("creche sidi moumen casablanca");
    assertThat(lastSearchNearestFull()).isNotNull();
    List<Map<String, Object>> changed = jdbc.sql("SELECT id, places_available FROM creche"
        + " WHERE places_available IS DISTINCT FROM 0").query().listOfRows();
    try {
      jdbc.sql("UPDATE creche SET places_available = 0").update();
      search.refresh();
      sms().say("creche sidi moumen casablanca");
      assertThat(lastSearchNearestFull()).isTrue();
    } finally {
      for (Map<String, Object> row : changed) {
        jdbc.sql("UPDATE creche SET places_available = ? WHERE id = ?")
            .params(row.get("places_available"), row.get("id")).update();
      }
      search.refresh();
    }
  }

  private Boolean lastSearchNearestFull() {
    return jdbc.sql("SELECT nearest_full FROM conversation_event WHERE kind = 'search'"
        + " AND results_count > 0 ORDER BY id DESC LIMIT 1").query(Boolean.class).single();
  }

  @Test
  void anObstacleIsRecordedWithoutTextAndTheSearchRetriedWithTheRemedy() {
    Chat chat = sms();
    chat.say("creche sidi moumen casablanca");
    long before = jdbc.sql("SELECT count(*) FROM conversation_event WHERE kind = 'obstacle'").query(Long.class).single();
    Turn t = chat.say("ils m'ont refusé parce que je n'ai pas de papiers");
    assertThat(t.interpretation().intent()).isEqualTo("obstacle");
    assertThat(jdbc.sql("SELECT count(*) FROM conversation_event WHERE kind = 'obstacle'").query(Long.class).single())
        .isEqualTo(before + 1);
    assertThat(jdbc.sql("SELECT obstacle_category FROM conversation_event WHERE kind = 'obstacle' ORDER BY id DESC LIMIT 1")
        .query(String.class).single()).isEqualTo("documents");
    assertThat(Chat.last(t)).contains("1.");
  }

  @Test
  void latinRepliesOnSmsAreAlwaysGsm7() {
    for (String msg : new String[] {"aide", "help", "3awni", "merci", "bonjour", "quelle heure est-il"}) {
      for (Reply r : sms().say(msg).replies()) {
        if (!r.language().equals("ar") && !r.language().equals("ary")) {
          assertThat(SmsEncoding.encodingOf(r.text())).as(msg).isEqualTo(SmsEncoding.Encoding.GSM_7);
        }
      }
    }
  }

  @Test
  void helpNamesTheDeletionKeywordAndThatKeywordForgets() {
    String[][] cases = {{"aide", "SUPPRIMER"}, {"help", "DELETE"}, {"مساعدة", "احذف"},
        {"3awni", "SUPPRIMER"}};
    for (String[] c : cases) {
      assertThat(Chat.last(sms().say(c[0]))).as(c[0]).contains(c[1]);
      assertThat(sms().say(c[1]).interpretation().intent()).as(c[1]).isEqualTo("forget");
    }
  }
}
