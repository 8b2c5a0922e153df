package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.Language;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.entity.AgeExtractor;
import ma.hadana.bot.conversation.understanding.entity.ChildAge;
import ma.hadana.bot.conversation.understanding.entity.FilterExtractor;
import ma.hadana.bot.conversation.understanding.intent.IntentClassifier;
import ma.hadana.bot.conversation.understanding.intent.IntentResult;
import ma.hadana.bot.conversation.understanding.intent.Prompt;
import ma.hadana.bot.conversation.understanding.language.Detection;
import ma.hadana.bot.conversation.understanding.language.LanguageDetector;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * The one entry point the dialogue calls: normalises a message, tells its language, reads its
 * intent, the child's age and the filters asked for. Thread-safe.
 */
public final class MessageUnderstanding {

  private final TextNormalizer normalizer;
  private final LanguageDetector languages;
  private final IntentClassifier intents;
  private final AgeExtractor ages;
  private final FilterExtractor filters;

  public MessageUnderstanding(TextNormalizer normalizer, LanguageDetector languages,
      IntentClassifier intents, AgeExtractor ages, FilterExtractor filters) {
    this.normalizer = normalizer;
    this.languages = languages;
    this.intents = intents;
    this.ages = ages;
    this.filters = filters;
  }

  /** Understands a message from a sender the bot knows nothing about. */
  public Understanding understand(String text) {
    return understand(text, null, Prompt.NONE);
  }

  /**
   * Understands a message.
   *
   * @param previousLanguage the sender's language so far (kept for messages without letters), or null
   * @param prompt what the bot asked in its last reply
   */
  public Understanding understand(String text, Language previousLanguage, Prompt prompt) {
    NormalizedText normalized = normalizer.normalize(text);
    Detection detection = languages.detect(normalized, previousLanguage);
    IntentResult intent = intents.classify(normalized, detection.language(), prompt);
    ChildAge age = ages.extract(normalized).orElse(null);
    Set<Filter> found = filters.extract(normalized);
    addImpliedFilter(intent.obstacleCategory(), found);
    return new Understanding(normalized, detection.language(), detection.script(),
        detection.confidence(), intent, age, found);
  }

  /** An obstacle asks, in effect, for crèches without it: too dear → free, no papers → undocumented. */
  private static void addImpliedFilter(Obstacle obstacle, Set<Filter> found) {
    if (obstacle == null) {
      return;
    }
    switch (obstacle) {
      case COST -> found.add(Filter.FREE);
      case DOCUMENTS -> found.add(Filter.ACCEPTS_UNDOCUMENTED);
      case DISABILITY -> found.add(Filter.SPECIAL_NEEDS);
      default -> { }
    }
  }
}
