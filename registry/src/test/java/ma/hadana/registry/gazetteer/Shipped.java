package ma.hadana.registry.gazetteer;

/** The shipped gazetteer, boundaries and index, loaded once for the plain JUnit tests. */
final class Shipped {

  static final Gazetteer GAZETTEER = new Gazetteer();
  static final ArrondissementLocator LOCATOR = new ArrondissementLocator(GAZETTEER);
  static final PlaceIndex INDEX = new PlaceIndex(GAZETTEER);

  private Shipped() {}
}
