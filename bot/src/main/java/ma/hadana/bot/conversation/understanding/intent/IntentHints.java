package ma.hadana.bot.conversation.understanding.intent;

import java.util.HashMap;
import java.util.Map;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Lexicon hints handed to the intent model as extra features: which intents' cue words occur
 * ({@code intent-cues.tsv}), alone and together with a negation ("no more messages" is
 * not "more"), whether a language is named, whether an obstacle kind is named,
 * whether a list item is picked. They let the model generalise past the training set's words.
 */
final class IntentHints {

  private final PhraseSet<String> cues;
  private final LanguageNames languages;
  private final ObstacleCategorizer obstacles;
  private final CommandRules rules;
  private final Negation negation;

  IntentHints(TextNormalizer normalizer, LanguageNames languages, ObstacleCategorizer obstacles,
      CommandRules rules, Negation negation) {
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
    Map<String, Object> hints = new HashMap<>(8);
    hints.put("lang", language);
    boolean negated = false;
    for (String token : text.plainTokens()) {
      negated |= negation.isNegation(token);
    }
    if (negated) {
      hints.put("negation", Boolean.TRUE);
    }
    for (PhraseSet.Match<String> m : cues.find(text)) {
      hints.put("cue:" + m.value(), Boolean.TRUE);
      if (negated) {
        hints.put("negated-cue:" + m.value(), Boolean.TRUE);
      }
    }
    if (languages.anyTarget(text) != null) {
      hints.put("names-language", Boolean.TRUE);
    }
    ObstacleCategory obstacle = obstacles.categorize(text);
    if (obstacle != ObstacleCategory.OTHER) {
      hints.put("obstacle-word", obstacle);
    }
    if (rules.picksItem(text)) {
      hints.put("picks-item", Boolean.TRUE);
    }
    return hints;
  }
}
