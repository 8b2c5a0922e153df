package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Obstacle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.entity.AgeExtractor;
import ma.hadana.bot.conversation.understanding.entity.FilterExtractor;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Lexicon hints handed to the intent model as extra features: which intents' cue words occur
 * ({@code intent-cues.tsv}), alone and together with a negation ("no more messages" is
 * not "more"), whether a language is named, whether an obstacle kind is named,
 * whether a list item is picked, whether the message is a question and whether it speaks of the
 * bot's domain at all (crèches, children, papers, fees...), and its first and last words. They
 * let the model generalise past the training set's words: a question about nothing of ours
 * ("où est la pharmacie ?") is off topic, a question with "autres" ("vous avez d'autres
 * garderies ?") asks for more.
 */
final class IntentHints {

  /** Cue kind of question words ("est-ce que", "wach", "هل"), counted only first in a message. */
  private static final String QUESTION = "question";
  private static final String DOMAIN = "domain";
  /** Cue kinds that show a message is about the bot's business, not off topic. */
  private static final Set<String> DOMAIN_KINDS = Set.of("find", "domain", "details", "messages", "complaint",
      "stop", "start", "more", "help", "human", "lang_switch", "obstacle", "greeting", "thanks");

  private final PhraseSet<String> cues;
  private final LanguageNames languages;
  private final ObstacleCategorizer obstacles;
  private final CommandRules rules;
  private final Negation negation;
  private final AgeExtractor ages;
  private final FilterExtractor filters;

  IntentHints(TextNormalizer normalizer, LanguageNames languages, ObstacleCategorizer obstacles,
      CommandRules rules, Negation negation) {
    this.ages = new AgeExtractor(normalizer);
    this.filters = new FilterExtractor(normalizer);
    this.negation = negation;
    this.languages = languages;
    this.obstacles = obstacles;
    this.rules = rules;
    cues = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("intent-cues.tsv")) {
      cues.add(row[1], row[0]);
    }
  }

  /** Feature name → value for the message, plus {@code lang} → the message's language code. */
  Map<String, Object> of(NormalizedText text, String language) {
    Map<String, Object> hints = new HashMap<>(16);
    hints.put("lang", language);
    List<String> plain = text.plainTokens();
    if (!plain.isEmpty()) {
      hints.put("first", plain.get(0));
      hints.put("last", plain.get(plain.size() - 1));
    }
    boolean negated = false;
    for (String token : text.plainTokens()) {
      negated |= negation.isNegation(token);
    }
    if (negated) {
      hints.put("negation", Boolean.TRUE);
    }
    boolean question = isQuestion(text);
    boolean domain = false;
    for (PhraseSet.Match<String> m : cues.find(text)) {
      question |= QUESTION.equals(m.value()) && m.start() == 0;
      domain |= DOMAIN_KINDS.contains(m.value());
      if (!QUESTION.equals(m.value())) {
        hints.put("cue:" + m.value(), Boolean.TRUE);
        if (negated) {
          hints.put("negated-cue:" + m.value(), Boolean.TRUE);
        }
      }
    }
    if (languages.anyTarget(text) != null) {
      hints.put("names-language", Boolean.TRUE);
    }
    Obstacle obstacle = obstacles.categorize(text);
    if (obstacle != Obstacle.OTHER) {
      hints.put("obstacle-word", obstacle);
      domain = true;
    }
    if (ages.extract(text).isPresent()) {
      hints.put("age", Boolean.TRUE); // "عندو عام وتلت شهور" answers "how old?"
      domain = true;
    }
    if (!filters.extract(text).isEmpty()) {
      hints.put("filter", Boolean.TRUE);
      domain = true;
    }
    if (rules.picksItem(text)) {
      hints.put("picks-item", Boolean.TRUE);
      domain = true;
    }
    if (question) {
      hints.put("question", domain ? "domain" : "off-domain");
    }
    if (domain) {
      hints.put(DOMAIN, Boolean.TRUE);
    }
    return hints;
  }

  /** A question mark (Latin or Arabic) anywhere in the message as written. */
  private static boolean isQuestion(NormalizedText text) {
    String original = text.original();
    return original.indexOf('?') >= 0 || original.indexOf('\u061f') >= 0;
  }
}
