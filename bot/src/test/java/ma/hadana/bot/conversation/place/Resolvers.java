package ma.hadana.bot.conversation.place;

import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.PlaceIndex;

/** The shipped gazetteer, index and resolver, built once for all plain JUnit tests. */
final class Resolvers {

  static final Gazetteer GAZETTEER = new Gazetteer();
  static final PlaceIndex INDEX = new PlaceIndex(GAZETTEER);
  static final PlaceResolver RESOLVER = new PlaceResolver(GAZETTEER, INDEX);

  private Resolvers() {}
}
