package ma.hadana.bot.referral;

import java.util.Locale;

/** Where a referral stands; sent, contacted and waitlisted are open, the others finished. */
public enum ReferralStatus {
  SENT,
  CONTACTED,
  ENROLLED,
  WAITLISTED,
  REFUSED,
  CLOSED;

  /** Lower-case name used in storage and forms. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True while the worker still follows the family up (the family's address is kept). */
  public boolean open() {
    return this == SENT || this == CONTACTED || this == WAITLISTED;
  }

  /** The status of a code; null for a code that is none of ours. */
  public static ReferralStatus fromCode(String code) {
    for (ReferralStatus s : values()) {
      if (s.code().equalsIgnoreCase(code)) {
        return s;
      }
    }
    return null;
  }
}
