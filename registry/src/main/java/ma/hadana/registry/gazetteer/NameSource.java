package ma.hadana.registry.gazetteer;

/** Which name of a place an index key came from. */
public enum NameSource {
  /** The French {@code name} column. */
  NAME(true),
  /** The {@code name_ar} column. */
  NAME_AR(true),
  /** A hand-written alias from {@code data/place_aliases.csv}. */
  ALIAS(true),
  /** One of the source {@code alt_names}, some of them noisy (GeoNames transliterations). */
  ALT_NAME(false);

  private final boolean primary;

  NameSource(boolean primary) {
    this.primary = primary;
  }

  /** True for names people are known to use; false for the sources' long tail of variants. */
  public boolean primary() {
    return primary;
  }
}
