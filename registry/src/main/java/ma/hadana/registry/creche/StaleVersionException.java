package ma.hadana.registry.creche;

/**
 * A save lost an optimistic-locking race: the listing is no longer at the version the caller
 * read (someone else saved it meanwhile), or it already exists when the caller meant to create it.
 */
public class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String crecheId;

  StaleVersionException(String crecheId, String message) {
    super(message);
    this.crecheId = crecheId;
  }

  static StaleVersionException alreadyExists(String id) {
    return new StaleVersionException(
        id, "Listing " + id + " already exists; reload it and edit that version");
  }

  static StaleVersionException missing(String id, long expected) {
    return new StaleVersionException(
        id, "Listing " + id + " does not exist (expected version " + expected + ")");
  }

  static StaleVersionException changed(String id, long expected, Long found) {
    return new StaleVersionException(
        id,
        "Listing " + id + " was changed by someone else: expected version " + expected
            + (found == null ? "" : ", found version " + found)
            + "; reload it and apply the change again");
  }

  /** Id of the listing that could not be saved. */
  public String crecheId() {
    return crecheId;
  }
}
