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
    List<String> out = new ArrayList<>(16 + text.tokens().size() * 24);
    StringBuilder feature = new StringBuilder(32);
    emit(text, extra, new FeatureSink() {
      @Override
      public void begin() {
        feature.setLength(0);
      }

      @Override
      public void append(String s, int from, int to) {
        feature.append(s, from, to);
      }

      @Override
      public void end() {
        out.add(feature.toString());
      }
    });
    return out;
  }

  /**
   * Writes the features of {@code text} (and of the other entries of {@code extra}) to
   * {@code sink}, in the order {@link #extractFeatures} lists them: a model sums its weights in
   * that order, so every way of scoring gives the same numbers.
   */
  void emit(NormalizedText text, Map<String, Object> extra, FeatureSink sink) {
    List<String> tokens = text.tokens();
    List<String> plain = text.plainTokens();
    sink.begin();
    sink.append("s=");
    sink.append(text.script().label());
    sink.end();
    sink.begin();
    sink.append("len=");
    sink.append(lengthBucket(tokens.size()));
    sink.end();
    if (text.arabizi()) {
      sink.feature("arabizi");
    }
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      if (!TEXT.equals(e.getKey())) {
        sink.begin();
        sink.append(e.getKey());
        sink.append("=");
        sink.append(String.valueOf(e.getValue()));
        sink.end();
      }
    }
    String previous = "^";
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean number = NormalizedText.isNumber(token);
      String word = number ? (token.length() <= 2 ? "#" : "##") : token;
      word(word, sink);
      if (!plain.get(i).equals(token)) {
        word(plain.get(i), sink);
      }
      if (bigrams) {
        bigram(previous, word, sink);
      }
      previous = word;
      if (!number) {
        charGrams("_" + token + "_", sink);
      }
    }
    if (bigrams) {
      bigram(previous, "$", sink);
    }
  }

  private static void word(String word, FeatureSink sink) {
    sink.begin();
    sink.append("w=");
    sink.append(word);
    sink.end();
  }

  private static void bigram(String previous, String word, FeatureSink sink) {
    sink.begin();
    sink.append("b=");
    sink.append(previous);
    sink.append(" ");
    sink.append(word);
    sink.end();
  }

  private void charGrams(String padded, FeatureSink sink) {
    int len = padded.length();
    for (int n = minGram; n <= maxGram; n++) {
      for (int start = 0; start + n <= len; start++) {
        if (n == 1 && padded.charAt(start) == '_') {
          continue;
        }
        sink.begin();
        sink.append(padded, start, start + n);
        sink.end();
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
