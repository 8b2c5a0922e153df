package ma.hadana.bot.conversation.understanding.language;

import java.util.HashMap;
import java.util.Map;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Common words of each language ({@code language-cues.tsv}), counted per message and handed to
 * the language model as features ({@code cue:fr=2}); for mixed-script messages, the share of
 * Arabic-letter words too. Tokens are matched as written (Arabizi digits kept).
 */
final class LanguageCues {

  private final Map<String, String> words = new HashMap<>();

  LanguageCues(TextNormalizer normalizer) {
    for (String[] row : Lexicon.rows("language-cues.tsv")) {
      words.put(normalizer.normalize(row[1]).folded(), row[0]);
    }
  }

  /**
   * How many words of the message are Darija markers ({@code ary} cues, and "ما…ش" negations
   * such as "ماعنديش") and how many are Modern Standard Arabic markers ({@code ar} cues, and
   * plural verbs spelt with a final alif).
   */
  int[] darijaAndStandard(NormalizedText text) {
    int darija = 0;
    int standard = 0;
    for (String token : text.tokens()) {
      String language = words.get(token);
      if ("ary".equals(language) || isDarijaNegation(token)) {
        darija++;
      } else if ("ar".equals(language) || isStandardPlural(token)) {
        standard++;
      }
    }
    return new int[] {darija, standard};
  }

  /** Standard spelling of plural verbs with a final alif ("رفضوا", "قالوا"); Darija writes "رفضو". */
  private static boolean isStandardPlural(String token) {
    int n = token.length();
    return n >= 4 && token.charAt(n - 2) == 'و' && token.charAt(n - 1) == 'ا';
  }

  private static boolean isDarijaNegation(String token) {
    int n = token.length();
    return n >= 5 && token.startsWith("ما") && token.charAt(n - 1) == 'ش';
  }

  Map<String, Object> of(NormalizedText text) {
    Map<String, Integer> counts = new HashMap<>(4);
    int arabicWords = 0;
    int letterWords = 0;
    for (String token : text.tokens()) {
      String language = words.get(token);
      if (language != null) {
        counts.merge(language, 1, Integer::sum);
      }
      if (!NormalizedText.isNumber(token)) {
        letterWords++;
        if (token.charAt(0) >= '\u0600' && token.charAt(0) <= '\u06ff') {
          arabicWords++;
        }
      }
    }
    Map<String, Object> features = new HashMap<>(6);
    counts.forEach((language, n) -> features.put("cue:" + language, n >= 3 ? "3+" : n.toString()));
    if (text.script() == ma.hadana.bot.conversation.understanding.text.Script.MIXED && letterWords > 0) {
      features.put("arabic-words", (4 * arabicWords) / letterWords); // quarters: 0..4
    }
    return features;
  }

}
