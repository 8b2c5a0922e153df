package ma.hadana.bot.conversation.understanding.entity;

import ma.hadana.bot.conversation.Filter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/** Finds the filters a message asks for ("gratuite", "fabor", "بلا وراق", "lunch", ...) from {@code filters.tsv}. */
public final class FilterExtractor {

  private final PhraseSet<Filter> phrases;

  public FilterExtractor(TextNormalizer normalizer) {
    phrases = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("filters.tsv")) {
      phrases.add(row[1], Filter.valueOf(row[0].toUpperCase(Locale.ROOT)));
    }
  }

  /** The filters named in the message; empty when none. */
  public Set<Filter> extract(NormalizedText text) {
    Set<Filter> found = EnumSet.noneOf(Filter.class);
    for (PhraseSet.Match<Filter> m : phrases.find(text)) {
      found.add(m.value());
    }
    return found;
  }
}
