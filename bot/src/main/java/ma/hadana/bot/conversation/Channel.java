package ma.hadana.bot.conversation;

import java.util.Locale;

/** Where a message came from, which decides how a reply is sized and shown. */
public enum Channel {
  SMS,
  WHATSAPP,
  TELEGRAM;

  /** Lower-case name used in APIs and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when every character costs: replies must fit an SMS budget. */
  public boolean metered() {
    return this == SMS;
  }

  /** True when choices can be shown as buttons. */
  public boolean buttons() {
    return this == TELEGRAM;
  }
}
