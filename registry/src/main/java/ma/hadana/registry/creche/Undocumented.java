package ma.hadana.registry.creche;

/** Whether children whose family lacks civil-status or residence papers are accepted. */
public enum Undocumented {
  YES,
  NO,
  UNKNOWN;

  /** The value used in the CSV and the database. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a CSV or database value; null when unknown. */
  public static Undocumented fromCode(String code) {
    for (Undocumented u : values()) {
      if (u.code().equals(code)) {
        return u;
      }
    }
    return null;
  }
}
