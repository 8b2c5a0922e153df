package ma.hadana.bot.conversation.place;

import java.util.List;
import ma.hadana.registry.gazetteer.IndexedName;

/**
 * Message words {@code [start, end)} that spell a place name.
 *
 * @param edits typo corrections needed, summed over the words
 * @param afterGeneric a generic quarter word (hay, quartier, حي...) came just before
 * @param names the places so named, one name each
 * @param loose matched only by consonant skeleton: kept only inside a town named or chosen
 */
record Span(
    int start, int end, int edits, boolean afterGeneric, List<IndexedName> names, boolean loose) {

  int length() {
    return end - start;
  }

  boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }
}
