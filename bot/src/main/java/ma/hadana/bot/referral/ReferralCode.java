package ma.hadana.bot.referral;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Referral codes: 6 characters from 32 that cannot be misread (no 0, O, 1 or I), with at least
 * two letters and two digits, not as a word and a number ("Casa 24", "Agdal 2", "Anfa 20" are
 * never taken for codes). About 4·10^8 codes: unguessable under the per-sender rate limit.
 */
public final class ReferralCode {

  /** The characters a code is made of. */
  public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 6;

  private ReferralCode() {}

  /** A new random code. */
  public static String generate(SecureRandom random) {
    while (true) {
      StringBuilder sb = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (shaped(sb.toString())) {
        return sb.toString();
      }
    }
  }

  /**
   * The code a whole message consists of, read case-insensitively and ignoring spaces, dashes
   * and dots ("k7m-2qx"); empty when the message is anything else.
   */
  public static Optional<String> in(String text) {
    if (text == null || text.length() > 20) {
      return Optional.empty();
    }
    String s = text.strip().replaceAll("[\\s\\-.\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
    return shaped(s) ? Optional.of(s) : Optional.empty();
  }

  private static boolean shaped(String s) {
    if (s.length() != LENGTH) {
      return false;
    }
    int digits = 0;
    int runs = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return false;
      }
      digits += Character.isDigit(c) ? 1 : 0;
      runs += i == 0 || Character.isDigit(c) != Character.isDigit(s.charAt(i - 1)) ? 1 : 0;
    }
    // A word next to a number is two runs: "CASA24", "24CASA".
    return digits >= 2 && digits <= LENGTH - 2 && runs >= 3;
  }
}
