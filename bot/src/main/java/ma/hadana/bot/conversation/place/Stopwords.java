package ma.hadana.bot.conversation.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.hadana.registry.gazetteer.PlaceNames;
import ma.hadana.registry.text.Fold;

/**
 * Common words of the four languages (function words, greetings, crèche and family vocabulary,
 * numbers, months, countries people come from) that must never be read as a place on their
 * own nor typo-corrected into one. Kept in {@code stopwords.txt} next to this class.
 */
final class Stopwords {

  private final Set<String> words;
  private final Set<String> placesAfterLocative;
  private final Set<String> locatives;
  private final Set<String> exact;

  private Stopwords(
      Set<String> words, Set<String> placesAfterLocative, Set<String> locatives, Set<String> exact) {
    this.words = Set.copyOf(words);
    this.exact = Set.copyOf(exact);
    this.placesAfterLocative = Set.copyOf(placesAfterLocative);
    this.locatives = Set.copyOf(locatives);
  }

  /** The shipped list, in canonical form ({@link PlaceNames#tokens}). */
  static Stopwords shipped() {
    Set<String> words = new HashSet<>();
    Set<String> places = new HashSet<>();
    Set<String> locatives = new HashSet<>();
    Set<String> exact = new HashSet<>();
    InputStream in = Stopwords.class.getResourceAsStream("stopwords.txt");
    if (in == null) {
      throw new IllegalStateException("Missing stopwords.txt");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (content.startsWith("@")) {
          for (String w : content.substring(1).trim().split("\\s+")) {
            locatives.add(PlaceNames.canonical(Fold.fold(w)));
          }
          continue;
        }
        for (String w : content.split("\\s+")) {
          if (w.startsWith("=")) {
            exact.add(Fold.fold(w.substring(1)));
            continue;
          }
          boolean place = w.startsWith("~");
          String word = place ? w.substring(1) : w;
          if (!word.isEmpty()) {
            List<String> forms = new ArrayList<>(PlaceNames.tokens(word));
            forms.addAll(PlaceNames.tokens(MessageTokens.arabizi(Fold.fold(word))));
            words.addAll(forms);
            if (place) {
              places.addAll(forms);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stopwords(words, places, locatives, exact);
  }

  boolean contains(String canonicalToken) {
    return words.contains(canonicalToken);
  }

  /**
   * True for a word marked = in the file, compared as typed (folded, not canonical): "fees" is
   * common, but its canonical form "fes" is Fès.
   */
  boolean containsExactly(String foldedToken) {
    return exact.contains(foldedToken);
  }

  /** True for a common word that is also a well-known place ("safi"), marked ~ in the file. */
  boolean placeAfterLocative(String canonicalToken) {
    return placesAfterLocative.contains(canonicalToken);
  }

  /** True for a word such as "f", "à", "in", "في" (canonical; articles are never locatives). */
  boolean locative(String canonicalToken) {
    return locatives.contains(canonicalToken);
  }
}
