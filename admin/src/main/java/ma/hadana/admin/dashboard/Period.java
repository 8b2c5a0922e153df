package ma.hadana.admin.dashboard;

/**
 * The dashboard's period from {@code ?weeks=}: a whole number of weeks from {@link #MIN} to
 * {@link #MAX}, {@link #DEFAULT} when absent or blank. Anything else is invalid: the page then
 * says so and shows the default, the CSV downloads refuse it.
 *
 * @param weeks the weeks shown
 * @param rejected the parameter as given when it was invalid (shortened), else null
 */
record Period(int weeks, String rejected) {

  static final int DEFAULT = 12;
  static final int MIN = 1;
  static final int MAX = 104;
  private static final int SHOWN = 24;

  static Period of(String param) {
    if (param == null || param.isBlank()) {
      return new Period(DEFAULT, null);
    }
    String p = param.strip();
    try {
      int w = Integer.parseInt(p);
      if (w >= MIN && w <= MAX) {
        return new Period(w, null);
      }
    } catch (NumberFormatException e) {
      // not a whole number: rejected below
    }
    return new Period(DEFAULT, p.length() > SHOWN ? p.substring(0, SHOWN) + "…" : p);
  }

  /** True when the parameter was given but is not a valid period. */
  public boolean invalid() {
    return rejected != null;
  }
}
