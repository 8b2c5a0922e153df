package ma.hadana.bot.conversation.understanding.text;

/**
 * Arabizi, Darija written in Latin letters with digits for sounds Latin lacks: 2 = ء, 3 = ع,
 * 5 = خ, 6 = ط, 7 = ح, 8 = غ, 9 = ق. Reads such a word with letters so that "7ay" and "hay",
 * "9rib" and "qrib", "3afak" and "afak" compare equal.
 */
final class Arabizi {

  private Arabizi() {}

  /** True for the digits that stand for letters inside an Arabizi word. */
  static boolean isLetterDigit(char c) {
    return c == '2' || c == '3' || c == '5' || c == '6' || c == '7' || c == '8' || c == '9';
  }

  /** The word with its letter digits replaced by the Latin letters most writers use instead. */
  static String plain(String word) {
    StringBuilder out = new StringBuilder(word.length() + 2);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '2' -> { } // hamza: usually just left out
        case '3' -> {
          // ع is mostly heard as a vowel: "3afak" -> "afak", "3ndo" -> "ando"
          if (out.length() == 0 || out.charAt(out.length() - 1) != 'a') {
            boolean nextA = i + 1 < word.length() && word.charAt(i + 1) == 'a';
            if (!nextA) {
              out.append('a');
            }
          }
        }
        case '5' -> out.append("kh");
        case '6' -> out.append('t');
        case '7' -> out.append('h');
        case '8' -> out.append("gh");
        case '9' -> out.append('q');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
