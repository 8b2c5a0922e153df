package ma.hadana.bot.conversation.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The privacy line of a first contact names the keywords that stop the service and erase the
 * sender's data, in every language, and still costs one SMS: a first search costs no more
 * segments than before it named the deletion keyword.
 */
@SpringBootTest
class PrivacyLineTest {

  /** The deletion (FORGET) keyword each variant's replies teach, as the help text does. */
  private static final Map<ReplyVariant, String> FORGET = Map.of(
      ReplyVariant.FR, "SUPPRIMER",
      ReplyVariant.EN, "DELETE",
      ReplyVariant.ARY_LATN, "SUPPRIMER",
      ReplyVariant.AR, "احذف",
      ReplyVariant.ARY, "مسح");
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Conversation conversation;
  @Autowired ReplyWriter writer;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void namesTheDeletionKeywordTheBotUnderstandsInOneSms(ReplyVariant v) {
    Reply line = writer.say(Channel.SMS, v, "privacy.first");
    String keyword = FORGET.get(v);
    assertThat(line.text()).contains(keyword);
    assertThat(conversation.understand(keyword).intent()).as(keyword).isEqualTo(Intent.FORGET);
    assertThat(line.segments()).as("%s: %s", v.tag(), line.text()).isEqualTo(1);
  }

  /**
   * A first search by SMS: the privacy line (one segment) and the results (at most two GSM-7 or
   * three UCS-2 segments, as before the line named the deletion keyword: 3 and 4 in all).
   */
  @Test
  void aFirstSearchCostsNoMoreSegmentsInAnyLanguage() {
    Map<String, String> searches = Map.of(
        "fr", "creche sidi moumen casablanca 2 ans",
        "en", "I am looking for a nursery in Maarif Casablanca for my 2 year old",
        "ar", "أبحث عن حضانة في حي المعاريف بالدار البيضاء لطفلي عمره سنتان",
        "ary", "بغيت روض قريب من بوخالف",
        "ary-Latn", "bghit creche f sidi moumen l bnti 3ndha 2 3am");
    searches.forEach((variant, text) -> {
      Turn t = first(text);
      assertThat(t.interpretation().intent()).as(variant).isEqualTo("find");
      List<Reply> replies = t.replies();
      assertThat(replies).as(variant).hasSize(2);
      assertThat(replies).extracting(Reply::language).as(variant).containsOnly(variant);
      Reply privacy = replies.get(0);
      assertThat(privacy.text()).as(variant).isEqualTo(writer.say(Channel.SMS,
          ReplyVariant.valueOf(variant.replace('-', '_').toUpperCase(Locale.ROOT)),
          "privacy.first").text());
      assertThat(privacy.segments()).as(variant).isEqualTo(1);
      int budget = "GSM-7".equals(replies.get(1).encoding()) ? 2 : 3;
      assertThat(replies.stream().mapToInt(Reply::segments).sum()).as(variant).isLessThanOrEqualTo(1 + budget);
    });
  }

  private Turn first(String text) {
    return conversation.handle(new InboundMessage(Channel.SMS, "privacy-" + SEQ.incrementAndGet()
        + "-" + System.nanoTime(), text, null, Instant.now()));
  }
}
