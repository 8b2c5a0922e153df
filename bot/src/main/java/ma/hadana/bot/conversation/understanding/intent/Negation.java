package ma.hadana.bot.conversation.understanding.intent;

import java.util.HashSet;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/** Tells negation words: the list in {@code negations.txt} plus Darija's "ما…ش" / "ma…ch" words. */
final class Negation {

  private final Set<String> words = new HashSet<>();

  Negation(TextNormalizer normalizer) {
    for (String[] row : Lexicon.rows("negations.txt")) {
      words.addAll(normalizer.phrase(row[0]));
    }
  }

  /** Whether a plain token negates what follows ("pas", "لا", "mabghitch", "ماتبقاش"). */
  boolean isNegation(String token) {
    if (words.contains(token)) {
      return true;
    }
    int n = token.length();
    if (n >= 4 && token.startsWith("ما") && token.charAt(n - 1) == 'ش') {
      return true;
    }
    return n >= 5 && token.startsWith("ma") && (token.endsWith("ch") || token.endsWith("sh"));
  }
}
