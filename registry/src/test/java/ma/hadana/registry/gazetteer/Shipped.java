package ma.hadana.registry.gazetteer;

/** The shipped gazetteer and boundaries, loaded once for the plain JUnit tests. */
final class Shipped {

  static final Gazetteer GAZETTEER = new Gazetteer();
  static final ArrondissementLocator LOCATOR = new ArrondissementLocator(GAZETTEER);

  private Shipped() {}
}
