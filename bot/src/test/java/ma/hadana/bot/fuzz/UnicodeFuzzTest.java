package ma.hadana.bot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.conversation.place.PlaceResolver;
import ma.hadana.bot.conversation.understanding.entity.AgeExtractor;
import ma.hadana.bot.conversation.understanding.entity.FilterExtractor;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Property: no text, however hostile, makes normalisation, language detection, entity extraction,
 * place resolution or the whole conversation core throw. Seeded, so a failure replays.
 */
@SpringBootTest
class UnicodeFuzzTest {

  private static final long SEED = 20261204L;

  @Autowired Interpreter interpreter;
  @Autowired PlaceResolver places;
  @Autowired Conversation conversation;

  @Test
  void normalisationAndEntityExtractionNeverThrow() {
    TextNormalizer normalizer = TextNormalizer.standard();
    AgeExtractor ages = new AgeExtractor(normalizer);
    FilterExtractor filters = new FilterExtractor(normalizer);
    RandomTexts texts = new RandomTexts(SEED);
    for (int i = 0; i < 2_000; i++) {
      String text = texts.next();
      assertThatCode(() -> {
        NormalizedText n = normalizer.normalize(text);
        ages.extract(n);
        filters.extract(n);
      }).as("text #%d of seed %d", i, SEED).doesNotThrowAnyException();
    }
  }

  @Test
  void understandingAndPlaceResolutionNeverThrow() {
    RandomTexts texts = new RandomTexts(SEED + 1);
    for (int i = 0; i < 1_000; i++) {
      String text = texts.next();
      assertThatCode(() -> {
        assertThat(interpreter.understand(text)).isNotNull();
        assertThat(places.resolveUncached(text, null)).isNotNull();
      }).as("text #%d of seed %d", i, SEED + 1).doesNotThrowAnyException();
    }
  }

  @Test
  void theConversationCoreAnswersEveryTextAndStoresIt() {
    RandomTexts texts = new RandomTexts(SEED + 2);
    for (int i = 0; i < 200; i++) {
      String text = texts.next();
      String sender = "fuzz-" + (i % 10) + "-" + SEED;
      Turn t = conversation.handle(new InboundMessage(i % 2 == 0 ? Channel.SMS : Channel.TELEGRAM,
          sender, text, null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L)));
      assertThat(t).as("text #%d of seed %d", i, SEED + 2).isNotNull();
    }
  }
}
