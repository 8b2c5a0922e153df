package ma.hadana.bot.conversation.understanding.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into runs of letters and digits. Everything else (spaces, punctuation,
 * apostrophes, hyphens, emoji, markup) separates tokens; a decimal point between digits stays
 * ("1,5" → "1.5"); a switch between Arabic letters and Latin letters or digits splits a run.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<String> split(String folded) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentArabic = false;
    boolean sawPoint = false;
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = !digit && Character.isLetter(c);
      if (!digit && !letter) {
        if ((c == '.' || c == ',') && !sawPoint && isDecimalPoint(folded, i, current)) {
          current.append('.');
          sawPoint = true;
          continue;
        }
        flush(current, out);
        sawPoint = false;
        continue;
      }
      boolean arabic = letter && Script.isArabicLetter(c);
      if (current.length() > 0 && arabic != currentArabic) {
        flush(current, out);
        sawPoint = false;
      }
      currentArabic = arabic;
      current.append(c);
    }
    flush(current, out);
    return out;
  }

  /** A point or comma is decimal when the token so far is all digits and a digit follows. */
  private static boolean isDecimalPoint(String s, int i, StringBuilder current) {
    if (current.length() == 0 || i + 1 >= s.length()) {
      return false;
    }
    char next = s.charAt(i + 1);
    if (next < '0' || next > '9') {
      return false;
    }
    for (int k = 0; k < current.length(); k++) {
      char c = current.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }

  /** Runs of 3 or more of the same letter become one ("merciiii" → "merci"); digits are kept. */
  static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int j = i + 1;
      while (j < n && s.charAt(j) == c) {
        j++;
      }
      int run = j - i;
      if (run >= 3 && Character.isLetter(c)) {
        out.append(c);
      } else {
        out.append(s, i, j);
      }
      i = j;
    }
    return out.toString();
  }
}
