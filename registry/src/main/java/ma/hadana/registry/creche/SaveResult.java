package ma.hadana.registry.creche;

/** What a save did to one listing, and the version the listing is at afterwards. */
public record SaveResult(String id, long version, Outcome outcome) {

  /** The kind of change a save made. */
  public enum Outcome {
    /** A new listing was inserted at version 0. */
    CREATED,
    /** At least one field changed; the version went up by one. */
    UPDATED,
    /** Nothing differed: no write, no version bump, no audit row. */
    UNCHANGED
  }
}
