package ma.hadana.registry.creche;

/** Who runs a crèche: the state, a private owner or an association. */
public enum CrecheType {
  PUBLIC,
  PRIVATE,
  ASSOCIATIVE;

  /** The value used in the CSV and the database. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a CSV or database value; null when unknown. */
  public static CrecheType fromCode(String code) {
    for (CrecheType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }
}
