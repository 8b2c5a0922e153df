package ma.hadana.registry.creche;

/** Whether a listing takes children now. Listings are deactivated, never deleted. */
public enum CrecheStatus {
  ACTIVE,
  TEMPORARILY_CLOSED,
  CLOSED;

  /** The value used in the CSV and the database. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a CSV or database value; null when unknown. */
  public static CrecheStatus fromCode(String code) {
    for (CrecheStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return null;
  }
}
