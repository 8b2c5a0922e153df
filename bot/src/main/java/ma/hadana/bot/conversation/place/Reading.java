package ma.hadana.bot.conversation.place;

import java.util.List;
import ma.hadana.registry.gazetteer.IndexedName;

/**
 * How one span is read: the names it may mean, and whether it names a town that frames the
 * rest of the message ("… à Casablanca").
 *
 * @param span the words
 * @param names the places it may mean (already narrowed when {@code narrowed})
 * @param town true when it names a well-known town or area (then {@code names} are those)
 * @param narrowed true when a town named elsewhere (or the dialogue's city) narrowed it
 */
record Reading(Span span, List<IndexedName> names, boolean town, boolean narrowed) {

  Reading narrowTo(List<IndexedName> inside) {
    return new Reading(span, inside, town, true);
  }
}
