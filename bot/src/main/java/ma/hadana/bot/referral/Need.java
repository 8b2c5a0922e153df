package ma.hadana.bot.referral;

import java.util.Locale;

/** What a family needs from a crèche, as the worker records it (and searches with it). */
public enum Need {
  SPECIAL_NEEDS,
  MEALS,
  FREE,
  UNDOCUMENTED,
  SATURDAY,
  LONG_HOURS;

  /** Lower-case name used in storage and forms. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The need of a code; null for a code that is none of ours. */
  public static Need fromCode(String code) {
    for (Need n : values()) {
      if (n.code().equalsIgnoreCase(code)) {
        return n;
      }
    }
    return null;
  }
}
