package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Language names in four languages ({@code language-names.tsv}), to read switch requests: the
 * longest name wins ("moroccan arabic" is Darija), a name that is also a carrier word counts
 * less ("en français" is French), a name just after a negation is the one not wanted ("reply in
 * English, I don't speak French").
 */
final class LanguageNames {

  private static final int NEGATION_WINDOW = 3;

  private final PhraseSet<Language> names;
  private final PhraseSet<Boolean> carriers;
  private final Negation negation;

  LanguageNames(TextNormalizer normalizer, Negation negation) {
    this.negation = negation;
    names = new PhraseSet<>(normalizer);
    carriers = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("language-names.tsv")) {
      switch (row[0]) {
        case "carrier" -> carriers.add(row[1], Boolean.TRUE);
        default -> names.add(row[1], Language.fromCode(row[0]));
      }
    }
  }

  /**
   * The language asked for when the message is only a language name with carrier words ("FR",
   * "english please", "b darija 3afak"); null otherwise or when it names two languages.
   */
  Language wholeMessageTarget(NormalizedText text) {
    List<PhraseSet.Match<Language>> found = longest(names.find(text));
    if (found.isEmpty()) {
      return null;
    }
    boolean[] carrier = carrierTokens(text);
    boolean[] covered = new boolean[text.size()];
    for (PhraseSet.Match<Language> m : found) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i] && !carrier[i]) {
        return null;
      }
    }
    return pick(text, found, carrier);
  }

  /** The language a longer message asks for ("can you write to me in French"), or null. */
  Language anyTarget(NormalizedText text) {
    List<PhraseSet.Match<Language>> found = longest(names.find(text));
    return found.isEmpty() ? null : pick(text, found, carrierTokens(text));
  }

  private Language pick(NormalizedText text, List<PhraseSet.Match<Language>> found, boolean[] carrier) {
    Set<Language> wanted = EnumSet.noneOf(Language.class);
    Set<Language> strong = EnumSet.noneOf(Language.class);
    Set<Language> all = EnumSet.noneOf(Language.class);
    for (PhraseSet.Match<Language> m : found) {
      all.add(m.value());
      if (!onlyCarriers(m, carrier)) {
        strong.add(m.value());
        if (!negated(text, found, m.start())) {
          wanted.add(m.value());
        }
      }
    }
    for (Set<Language> choice : List.of(wanted, strong, all)) {
      if (choice.size() == 1) {
        return choice.iterator().next();
      }
    }
    return null;
  }

  /**
   * Whether a negation stands shortly before the name, with no other language name in between:
   * in "je ne comprends pas le français, darija svp" only French is negated.
   */
  private boolean negated(NormalizedText text, List<PhraseSet.Match<Language>> found, int start) {
    for (int k = start - 1; k >= Math.max(0, start - NEGATION_WINDOW); k--) {
      for (PhraseSet.Match<Language> other : found) {
        if (other.start() <= k && k < other.end()) {
          return false;
        }
      }
      if (negation.isNegation(text.plainTokens().get(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyCarriers(PhraseSet.Match<Language> m, boolean[] carrier) {
    for (int i = m.start(); i < m.end(); i++) {
      if (!carrier[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean[] carrierTokens(NormalizedText text) {
    boolean[] carrier = new boolean[text.size()];
    for (PhraseSet.Match<Boolean> m : carriers.find(text)) {
      for (int i = m.start(); i < m.end(); i++) {
        carrier[i] = true;
      }
    }
    return carrier;
  }

  /** Drops matches lying inside a longer one ("arabic" inside "moroccan arabic"). */
  private static List<PhraseSet.Match<Language>> longest(List<PhraseSet.Match<Language>> found) {
    List<PhraseSet.Match<Language>> kept = new ArrayList<>(found.size());
    for (PhraseSet.Match<Language> m : found) {
      boolean inside = false;
      for (PhraseSet.Match<Language> other : found) {
        inside |= other != m && other.start() <= m.start() && other.end() >= m.end()
            && other.end() - other.start() > m.end() - m.start();
      }
      if (!inside) {
        kept.add(m);
      }
    }
    return kept;
  }
}
