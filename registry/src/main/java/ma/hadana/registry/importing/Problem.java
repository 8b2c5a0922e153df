package ma.hadana.registry.importing;

/**
 * One thing wrong with an import file, located by file line and column name, or for GeoJSON by
 * feature number (from 1) and property name. Reasons never repeat the value itself (it may be a
 * phone number): the location says where to look.
 */
record Problem(int line, String column, String reason, boolean feature) {

  Problem(int line, String column, String reason) {
    this(line, column, reason, false);
  }

  static Problem atLine(int line, String reason) {
    return new Problem(line, null, reason);
  }

  /**
   * {@code line N, column C: reason}, or {@code line N: reason} for a whole record; for a GeoJSON
   * feature {@code feature N, property P: reason} or {@code feature N: reason}.
   */
  String message() {
    String where = (feature ? "feature " : "line ") + line;
    return column == null ? where + ": " + reason
        : where + (feature ? ", property " : ", column ") + column + ": " + reason;
  }
}
