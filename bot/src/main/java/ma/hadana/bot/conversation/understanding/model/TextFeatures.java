package ma.hadana.bot.conversation.understanding.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * OpenNLP document features of a {@link NormalizedText}: the script, an Arabizi flag, a length
 * bucket, words (with their plain Arabizi reading), optional word bigrams, and character n-grams
 * of each word padded with {@code _} so that n-grams know word starts and ends. Numbers count as
 * one shape ({@code #} short, {@code ##} long) rather than as characters. Any other entry of the
 * extra-information map (the message's language, for intents) becomes a feature too.
 */
public final class TextFeatures implements FeatureGenerator {

  /** Extra-information key under which the {@link NormalizedText} travels. */
  public static final String TEXT = "text";

  private final int minGram;
  private final int maxGram;
  private final boolean bigrams;

  /**
   * @param minGram shortest character n-gram (1 or more)
   * @param maxGram longest character n-gram; below {@code minGram} means none
   * @param bigrams whether to add word bigrams
   */
  public TextFeatures(int minGram, int maxGram, boolean bigrams) {
    this.minGram = Math.max(1, minGram);
    this.maxGram = maxGram;
    this.bigrams = bigrams;
  }

  @Override
  public Collection<String> extractFeatures(String[] ignored, Map<String, Object> extra) {
    NormalizedText text = (NormalizedText) extra.get(TEXT);
    List<String> tokens = text.tokens();
    List<String> plain = text.plainTokens();
    List<String> out = new ArrayList<>(16 + tokens.size() * 24);
    out.add("s=" + text.script().label());
    out.add("len=" + lengthBucket(tokens.size()));
    if (text.arabizi()) {
      out.add("arabizi");
    }
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      if (!TEXT.equals(e.getKey())) {
        out.add(e.getKey() + "=" + e.getValue());
      }
    }
    String previous = "^";
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean number = NormalizedText.isNumber(token);
      String word = number ? (token.length() <= 2 ? "#" : "##") : token;
      out.add("w=" + word);
      if (!plain.get(i).equals(token)) {
        out.add("w=" + plain.get(i));
      }
      if (bigrams) {
        out.add("b=" + previous + " " + word);
      }
      previous = word;
      if (!number) {
        addCharGrams("_" + token + "_", out);
      }
    }
    if (bigrams) {
      out.add("b=" + previous + " $");
    }
    return out;
  }

  private void addCharGrams(String padded, List<String> out) {
    int len = padded.length();
    for (int n = minGram; n <= maxGram; n++) {
      for (int start = 0; start + n <= len; start++) {
        if (n == 1 && padded.charAt(start) == '_') {
          continue;
        }
        out.add(padded.substring(start, start + n));
      }
    }
  }

  private static String lengthBucket(int tokens) {
    if (tokens <= 2) {
      return Integer.toString(tokens);
    }
    return tokens <= 5 ? "3-5" : tokens <= 12 ? "6-12" : "13+";
  }
}
