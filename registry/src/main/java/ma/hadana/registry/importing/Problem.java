package ma.hadana.registry.importing;

/**
 * One thing wrong with an import file, located by file line and column name. Reasons never
 * repeat the value itself (it may be a phone number): line and column say where to look.
 */
record Problem(int line, String column, String reason) {

  static Problem atLine(int line, String reason) {
    return new Problem(line, null, reason);
  }

  /** {@code line N, column C: reason}, or {@code line N: reason} for a whole record. */
  String message() {
    return column == null
        ? "line " + line + ": " + reason
        : "line " + line + ", column " + column + ": " + reason;
  }
}
