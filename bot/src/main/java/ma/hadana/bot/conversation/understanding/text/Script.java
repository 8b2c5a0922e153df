package ma.hadana.bot.conversation.understanding.text;

/** The writing system of a message: Arabic letters, Latin letters, both, or no letters at all. */
public enum Script {
  ARABIC,
  LATIN,
  MIXED,
  NONE;

  /** Lowercase name as used in the labelled data ({@code arabic}, {@code latin}, {@code mixed}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Script of a string, judged by its letters; without letters, Arabic digits or punctuation
   * ("٣", "؟") still tell an Arabic keyboard, anything else is {@link #NONE}.
   */
  static Script of(CharSequence s) {
    boolean arabic = false;
    boolean latin = false;
    boolean arabicMarks = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        arabicMarks |= c >= '\u0600' && c <= '\u06ff';
        continue;
      }
      if (isArabicLetter(c)) {
        arabic = true;
      } else {
        latin = true;
      }
    }
    if (arabic) {
      return latin ? MIXED : ARABIC;
    }
    return latin ? LATIN : arabicMarks ? ARABIC : NONE;
  }

  static boolean isArabicLetter(char c) {
    return (c >= '\u0600' && c <= '\u06ff') || (c >= '\u0750' && c <= '\u077f')
        || (c >= '\ufb50' && c <= '\ufdff') || (c >= '\ufe70' && c <= '\ufeff');
  }
}
