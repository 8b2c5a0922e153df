package ma.hadana.bot.conversation.understanding.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/** The word lists behind {@link AgeExtractor}: units, number words and context words. */
final class AgeLexicon {

  /** An age unit: months per unit and how many units the word means by itself (0, 1, 2). */
  record Unit(int months, int alone) {}

  final Map<String, Unit> units = new HashMap<>();
  final Map<String, Integer> numbers = new HashMap<>();
  final Set<String> otherUnits = new HashSet<>();
  final Set<String> cues = new HashSet<>();
  final Set<String> connectors = new HashSet<>();
  final Set<String> of = new HashSet<>();
  final Set<String> bareCues = new HashSet<>();
  final List<List<String>> halves = new ArrayList<>();
  final List<List<String>> ofAge = new ArrayList<>();
  final List<List<String>> notBefore = new ArrayList<>();
  final Set<String> notAfter = new HashSet<>();

  AgeLexicon(TextNormalizer normalizer) {
    for (String[] row : Lexicon.rows("age-units.tsv")) {
      units.put(word(normalizer, row[0]), new Unit(Integer.parseInt(row[1]), Integer.parseInt(row[2])));
    }
    for (String[] row : Lexicon.rows("number-words.tsv")) {
      numbers.put(word(normalizer, row[0]), Integer.valueOf(row[1]));
    }
    for (String[] row : Lexicon.rows("number-suffixes.txt")) {
      otherUnits.add(word(normalizer, row[0]));
    }
    for (String[] row : Lexicon.rows("age-context.tsv")) {
      List<String> words = normalizer.phrase(row[1]);
      switch (row[0]) {
        case "cue" -> cues.addAll(words);
        case "connector" -> connectors.addAll(words);
        case "of" -> of.addAll(words);
        case "bare-cue" -> bareCues.add(String.join(" ", words));
        case "half" -> halves.add(words);
        case "of-age" -> ofAge.add(words);
        case "not-before" -> notBefore.add(words);
        case "not-after" -> notAfter.addAll(words);
        default -> throw new IllegalStateException("Unknown age-context kind " + row[0]);
      }
    }
  }

  /** A lexicon word folded like a message token (Arabizi digits kept). */
  private static String word(TextNormalizer normalizer, String raw) {
    return normalizer.normalize(raw).folded().replace(" ", "");
  }
}
