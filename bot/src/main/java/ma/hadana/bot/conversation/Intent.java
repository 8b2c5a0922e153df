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
  /** Back to the bot: ends a handover to a person ("BOT", "روبوت"). */
  BOT,
  GREETING,
  THANKS,
  UNKNOWN;

  /** Lower-case name used in APIs, events and the labelled data: find, more, lang_switch... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True for an intent read only from its whole-message keywords, never learnt by the classifier:
   * deleting a family's data must not hang on a statistical guess, and taking a conversation back
   * from a social worker must not happen because a message looked like "bot".
   */
  public boolean keywordOnly() {
    return this == FORGET || this == BOT;
  }

  /** The intent of a code; {@link #UNKNOWN} for a code that is none of ours. */
  public static Intent fromCode(String code) {
    for (Intent i : values()) {
      if (i.code().equalsIgnoreCase(code)) {
        return i;
      }
    }
    return UNKNOWN;
  }
}
