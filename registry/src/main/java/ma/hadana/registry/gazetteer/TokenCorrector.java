package ma.hadana.registry.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary words within the edit budget of a typed word without scanning the
 * vocabulary: a symmetric-delete index (every word filed under itself and each form with up to
 * its budget of letters deleted; a query looks up its own deletions and checks the distance).
 */
final class TokenCorrector {

  private final Set<String> vocabulary;
  private final Map<String, List<String>> deletions = new HashMap<>();

  TokenCorrector(Collection<String> words) {
    this.vocabulary = Set.copyOf(words);
    for (String w : vocabulary) {
      if (hasLetter(w)) {
        for (String d : deletions(w, EditDistance.budget(w.length()))) {
          deletions.computeIfAbsent(d, k -> new ArrayList<>(2)).add(w);
        }
      }
    }
  }

  /** True when the word is in the vocabulary as it is. */
  boolean contains(String word) {
    return vocabulary.contains(word);
  }

  /** Vocabulary words within the budget of both words' lengths, nearest first (exact = 0). */
  List<PlaceIndex.Correction> corrections(String word) {
    int budget = hasLetter(word) ? EditDistance.budget(word.length()) : 0;
    if (budget == 0) {
      return contains(word) ? List.of(new PlaceIndex.Correction(word, 0)) : List.of();
    }
    Map<String, Integer> found = new HashMap<>();
    for (String d : deletions(word, budget)) {
      for (String candidate : deletions.getOrDefault(d, List.of())) {
        if (found.containsKey(candidate)) {
          continue;
        }
        int max = Math.min(budget, EditDistance.budget(candidate.length()));
        int dist = EditDistance.distance(word, candidate, max);
        if (dist <= max) {
          found.put(candidate, dist);
        }
      }
    }
    List<PlaceIndex.Correction> out = new ArrayList<>(found.size());
    found.forEach((w, d) -> out.add(new PlaceIndex.Correction(w, d)));
    out.sort(Comparator.comparingInt(PlaceIndex.Correction::edits).thenComparing(PlaceIndex.Correction::token));
    return out;
  }

  /** The word and every form of it with 1..max letters deleted. */
  static Set<String> deletions(String word, int max) {
    Set<String> out = new HashSet<>();
    out.add(word);
    Set<String> frontier = Set.of(word);
    for (int k = 0; k < max; k++) {
      Set<String> next = new HashSet<>();
      for (String w : frontier) {
        if (w.length() <= 1) {
          continue;
        }
        for (int i = 0; i < w.length(); i++) {
          next.add(w.substring(0, i) + w.substring(i + 1));
        }
      }
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
