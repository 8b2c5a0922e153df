package ma.hadana.bot.conversation.understanding.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword phrases, each tagged with a value, found in a message's plain tokens. A phrase word
 * matches a token equal to it or to the token without a clitic article or preposition (Arabic
 * "بالمجان" → "مجان", Darija "lprix" → "prix"); a {@code *} word skips zero to two tokens
 * ("sans * acte" finds "sans acte" and "sans son acte").
 *
 * @param <T> what a phrase stands for (a filter, a language, an intent)
 */
public final class PhraseSet<T> {

  private static final String GAP = "*";
  private static final int MAX_GAP = 2;
  private static final String[] ARABIC_PREFIXES = {"بال", "وال", "فال", "كال", "لل", "ال", "ب", "ل", "ف", "ك"};

  /** One phrase found: what it stands for and the token range {@code [start, end)} it covers. */
  public record Match<T>(T value, int start, int end) {}

  private record Phrase<T>(List<String> words, T value) {}

  private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
  private final TextNormalizer normalizer;

  /** An empty set; add phrases with {@link #add}. */
  public PhraseSet(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** Adds a phrase, folded like messages; returns this set. */
  public PhraseSet<T> add(String text, T value) {
    List<String> words = normalizer.phrase(text);
    if (words.isEmpty() || GAP.equals(words.get(0))) {
      throw new IllegalArgumentException("Phrase must start with a word: " + text);
    }
    byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase<>(words, value));
    return this;
  }

  /** Every phrase occurrence, left to right; overlapping matches are all reported. */
  public List<Match<T>> find(NormalizedText text) {
    List<String> tokens = text.plainTokens();
    List<List<String>> forms = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      forms.add(forms(token));
    }
    List<Match<T>> matches = new ArrayList<>(2);
    for (int i = 0; i < tokens.size(); i++) {
      for (String form : forms.get(i)) {
        List<Phrase<T>> candidates = byFirstWord.get(form);
        if (candidates == null) {
          continue;
        }
        for (Phrase<T> phrase : candidates) {
          int end = matchFrom(phrase.words(), 1, forms, i + 1);
          if (end >= 0) {
            matches.add(new Match<>(phrase.value(), i, end));
          }
        }
      }
    }
    return matches;
  }

  /** True when a phrase occurs anywhere in the message. */
  public boolean containsAny(NormalizedText text) {
    return !find(text).isEmpty();
  }

  private static int matchFrom(List<String> words, int w, List<List<String>> forms, int t) {
    if (w == words.size()) {
      return t;
    }
    String word = words.get(w);
    if (GAP.equals(word)) {
      for (int skip = 0; skip <= MAX_GAP && t + skip <= forms.size(); skip++) {
        int end = matchFrom(words, w + 1, forms, t + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (t < forms.size() && forms.get(t).contains(word)) {
      return matchFrom(words, w + 1, forms, t + 1);
    }
    return -1;
  }

  /** The token and its forms without a leading clitic. */
  static List<String> forms(String token) {
    if (token.isEmpty()) {
      return List.of(token);
    }
    List<String> forms = new ArrayList<>(3);
    forms.add(token);
    if (Script.isArabicLetter(token.charAt(0))) {
      String base = token;
      if (token.length() > 3 && token.charAt(0) == 'و') {
        base = token.substring(1); // "و" (and) glued to the word
        forms.add(base);
      }
      for (String prefix : ARABIC_PREFIXES) {
        if (base.startsWith(prefix) && base.length() - prefix.length() >= 3) {
          forms.add(base.substring(prefix.length()));
          break;
        }
      }
    } else if (token.length() > 4 && token.charAt(0) == 'l' && Character.isLetter(token.charAt(1))) {
      forms.add(token.substring(1)); // Darija article glued to a French word: "lprix", "lcreche"
    }
    return forms;
  }
}
