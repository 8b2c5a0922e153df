package ma.hadana.bot.conversation;

import java.util.Locale;

/** What a message asks for. */
public enum Intent {
  FIND,
  MORE,
  DETAILS,
  HELP,
  STOP,
  FORGET,
  START,
  LANG_SWITCH,
  OBSTACLE,
  HUMAN,
  GREETING,
  THANKS,
  UNKNOWN;

  /** Lower-case name used in APIs and events. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
