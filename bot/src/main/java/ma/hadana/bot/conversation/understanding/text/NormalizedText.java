package ma.hadana.bot.conversation.understanding.text;

import java.util.List;

/**
 * A message made comparable: {@code tokens} are folded (case, accents, Arabic letter forms,
 * digits), squeezed ("merciiii" → "merci") and SMS-expanded ("slt" → "salut"); numbers are split
 * from their units ("3ans" → "3", "ans") while Arabizi words keep their digits ("3afak").
 * {@code plainTokens} is the same list with Arabizi digits read as letters ("3afak" → "afak",
 * "7ay" → "hay", "9rib" → "qrib"), for matching spellings that differ only in that.
 *
 * @param original the message as received
 * @param folded the tokens joined by single spaces
 * @param tokens folded tokens, Arabizi digits kept
 * @param plainTokens the tokens with Arabizi digits read as Latin letters
 * @param script the writing system of the message's letters (Arabic digits or punctuation
 *     alone count as Arabic)
 * @param arabizi whether a word mixed Latin letters with Arabizi digits (3, 7, 9, ...)
 */
public record NormalizedText(
    String original,
    String folded,
    List<String> tokens,
    List<String> plainTokens,
    Script script,
    boolean arabizi) {

  public NormalizedText {
    tokens = List.copyOf(tokens);
    plainTokens = List.copyOf(plainTokens);
    if (tokens.size() != plainTokens.size()) {
      throw new IllegalArgumentException("tokens and plain tokens differ in length");
    }
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** True when the message has no letter in any script (empty, emoji, punctuation, digits). */
  public boolean hasNoLetters() {
    for (String token : tokens) {
      if (!isNumber(token)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code token} is a number written with ASCII digits ("3", "1.5"). */
  public static boolean isNumber(String token) {
    if (token.isEmpty() || !isDigit(token.charAt(0)) || !isDigit(token.charAt(token.length() - 1))) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!isDigit(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
