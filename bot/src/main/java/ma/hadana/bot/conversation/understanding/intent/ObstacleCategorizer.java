package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/** Names the kind of an obstacle from keywords ({@code obstacles.tsv}); most phrases found wins. */
final class ObstacleCategorizer {

  private final PhraseSet<Obstacle> phrases;

  ObstacleCategorizer(TextNormalizer normalizer) {
    phrases = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("obstacles.tsv")) {
      phrases.add(row[1], Obstacle.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)));
    }
  }

  Obstacle categorize(NormalizedText text) {
    int[] counts = new int[Obstacle.values().length];
    for (PhraseSet.Match<Obstacle> m : phrases.find(text)) {
      counts[m.value().ordinal()] += m.end() - m.start();
    }
    Obstacle best = Obstacle.OTHER;
    int bestCount = 0;
    for (Obstacle c : Obstacle.values()) {
      if (counts[c.ordinal()] > bestCount) {
        best = c;
        bestCount = counts[c.ordinal()];
      }
    }
    return best;
  }
}
