package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.registry.gazetteer.IndexedName;
import ma.hadana.registry.gazetteer.NameSource;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceIndex;
import ma.hadana.registry.gazetteer.PlaceKind;
import ma.hadana.registry.gazetteer.PlaceNames;

/**
 * Finds the place names spelled in a message: walks the index trie from every word, trying each
 * word's forms, its typo corrections (common words never) and two Latin words glued together,
 * plus, for Arabic-letter words, the consonant skeletons of Latin names; then keeps the longest
 * non-overlapping spans, spelled ones before skeleton ones.
 */
final class SpanFinder {

  private static final int MAX_CORRECTIONS = 6;
  /** Fewest consonants a skeleton match needs ("lmn" yes, "dl" no). */
  private static final int MIN_SKELETON = 3;

  private final PlaceIndex index;

  SpanFinder(PlaceIndex index) {
    this.index = index;
  }

  /** The chosen spans, in message order. */
  List<Span> find(List<Token> tokens) {
    Map<Long, Span> best = new HashMap<>();
    List<List<PlaceIndex.Correction>> corrections = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      corrections.add(t.content() ? correctionsOf(t) : List.of());
    }
    Walk walk = new Walk(tokens, corrections, best);
    for (int i = 0; i < tokens.size(); i++) {
      walk.from(i, i, index.root(), 0);
      if (tokens.get(i).announced()) {
        walk.skeletons(i, i, index.skeletonRoot(), 0);
      }
    }
    List<Span> candidates = new ArrayList<>();
    for (Span s : best.values()) {
      Span kept = valid(s, tokens) ? unannouncedWord(s, tokens.get(s.start())) : null;
      if (kept != null) {
        candidates.add(kept);
      }
    }
    candidates.sort(
        Comparator.comparing(Span::loose)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparingInt(Span::edits)
            .thenComparingInt(Span::start));
    List<Span> chosen = new ArrayList<>();
    for (Span s : candidates) {
      if (chosen.stream().noneMatch(s::overlaps)) {
        chosen.add(s);
      }
    }
    chosen.sort(Comparator.comparingInt(Span::start));
    return chosen;
  }

  /** Typo corrections of a word; people rarely mistype the first letter, so it must agree. */
  private List<PlaceIndex.Correction> correctionsOf(Token t) {
    Map<String, PlaceIndex.Correction> out = new LinkedHashMap<>();
    for (String form : t.forms()) {
      for (PlaceIndex.Correction c : index.corrections(form)) {
        if (c.edits() == 0 || c.token().charAt(0) == form.charAt(0)) {
          out.merge(c.token(), c, (a, b) -> a.edits() <= b.edits() ? a : b);
        }
      }
    }
    return out.values().stream()
        .sorted(Comparator.comparingInt(PlaceIndex.Correction::edits))
        .limit(MAX_CORRECTIONS)
        .toList();
  }

  /**
   * One word alone, not announced by "f", "à", "in", "hay"...: too weak to trust a typo
   * correction ("suite" is not "Suisse", "مصاريف" is not "معاريف") unless it gives an
   * arrondissement or a well-known town, nor a name only the sources' alternative names know
   * ("robot" is a GeoNames spelling of Rabat). Several words, or an announced word, pass as they
   * are.
   */
  private Span unannouncedWord(Span s, Token t) {
    if (s.length() > 1 || t.announced()) {
      return s;
    }
    List<IndexedName> kept =
        s.names().stream()
            .filter(
                n ->
                    s.edits() == 0
                        ? n.source() != NameSource.ALT_NAME
                        : !t.arabic() && wellKnown(n.place()))
            .toList();
    return kept.isEmpty()
        ? null
        : new Span(s.start(), s.end(), s.edits(), s.afterGeneric(), kept, s.loose());
  }

  private boolean wellKnown(Place p) {
    return p.kind() == PlaceKind.ARRONDISSEMENT
        || p.kind().settlement()
            && (p.populationOrZero() >= Interpreter.TOWN_POPULATION || index.isAliased(p.id()));
  }

  /** A span needs one word that is neither common nor a number, unless after "hay" and co. */
  private static boolean valid(Span s, List<Token> tokens) {
    boolean content = false;
    for (int i = s.start(); i < s.end(); i++) {
      content |= tokens.get(i).content();
    }
    if (s.length() == 1 && tokens.get(s.start()).main().length() <= 2) {
      return false;
    }
    if (!content && !s.afterGeneric()) {
      return false;
    }
    return !(s.length() == 1 && tokens.get(s.start()).numeric());
  }

  private final class Walk {
    private final List<Token> tokens;
    private final List<List<PlaceIndex.Correction>> corrections;
    private final Map<Long, Span> best;

    Walk(List<Token> tokens, List<List<PlaceIndex.Correction>> corrections, Map<Long, Span> best) {
      this.tokens = tokens;
      this.corrections = corrections;
      this.best = best;
    }

    void from(int start, int j, PlaceIndex.Node node, int edits) {
      if (j > start && !node.names().isEmpty()) {
        record(start, j, edits, node.names(), false);
      }
      if (j >= tokens.size() || j - start >= index.maxKeyTokens()) {
        return;
      }
      Token t = tokens.get(j);
      for (String form : t.forms()) {
        step(start, j + 1, node.child(form), edits);
      }
      for (PlaceIndex.Correction c : corrections.get(j)) {
        if (c.edits() > 0) {
          step(start, j + 1, node.child(c.token()), edits + c.edits());
        }
      }
      if (j + 1 < tokens.size() && t.content() && tokens.get(j + 1).content() && !t.arabic()) {
        String glued = t.main() + tokens.get(j + 1).main();
        for (PlaceIndex.Correction c : index.corrections(glued)) {
          if (c.token().charAt(0) == glued.charAt(0)) {
            step(start, j + 2, node.child(c.token()), edits + c.edits());
          }
        }
      }
    }

    /**
     * Arabic-letter words against the consonant skeletons of Latin names ("الليمون" and
     * "Laymoune" are both "lmn"); each word counts as one edit, so spelled names win.
     */
    void skeletons(int start, int j, PlaceIndex.Node node, int letters) {
      if (j > start && !node.names().isEmpty() && letters >= MIN_SKELETON) {
        record(start, j, j - start, node.names(), true);
      }
      if (j >= tokens.size() || j - start >= index.maxKeyTokens()) {
        return;
      }
      Token t = tokens.get(j);
      if (!t.content() || !t.arabic()) {
        return;
      }
      Set<String> tried = new HashSet<>();
      for (String form : t.forms()) {
        String sk = PlaceNames.skeleton(form);
        if (!sk.isEmpty() && tried.add(sk)) {
          PlaceIndex.Node child = node.child(sk);
          if (child != null) {
            skeletons(start, j + 1, child, letters + sk.length());
          }
        }
      }
    }

    private void step(int start, int next, PlaceIndex.Node child, int edits) {
      if (child != null) {
        from(start, next, child, edits);
      }
    }

    private void record(int start, int end, int edits, List<IndexedName> names, boolean loose) {
      long key = (long) start << 32 | end;
      Span old = best.get(key);
      boolean better =
          old == null
              || old.loose() && !loose
              || old.loose() == loose && edits < old.edits();
      if (better) {
        best.put(key, new Span(start, end, edits, tokens.get(start).afterGeneric(), names, loose));
      } else if (old.loose() == loose && edits == old.edits()) {
        List<IndexedName> merged = new ArrayList<>(old.names());
        for (IndexedName n : names) {
          if (merged.stream().noneMatch(m -> m.place().id().equals(n.place().id()))) {
            merged.add(n);
          }
        }
        best.put(key, new Span(start, end, edits, old.afterGeneric(), List.copyOf(merged), loose));
      }
    }
  }
}
