package ma.hadana.registry.gazetteer;

/**
 * A place reachable through one index key.
 *
 * @param place the place
 * @param source which of its names gave the key (the best one when several did)
 * @param form that name as written in the data
 * @param partial true when the key drops a numbering suffix of the name ("Massira 3" as "massira")
 * @param generic true when a name giving the key has a generic word ("Hay Salam", "Derb Omar")
 * @param plain true when a name giving the key has none ("Salam", "Takaddoum")
 */
public record IndexedName(
    Place place, NameSource source, String form, boolean partial, boolean generic, boolean plain) {

  /** Lower is better: primary full names first, then alternative names, then partial keys. */
  public int rank() {
    return (partial ? 2 : 0) + (source.primary() ? 0 : 1);
  }

  /** The better of two names of one place for one key, knowing both generic and plain forms. */
  IndexedName merge(IndexedName o) {
    IndexedName best = o.rank() < rank() ? o : this;
    return new IndexedName(
        place, best.source, best.form, best.partial, generic || o.generic, plain || o.plain);
  }
}
