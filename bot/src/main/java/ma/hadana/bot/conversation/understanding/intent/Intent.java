package ma.hadana.bot.conversation.understanding.intent;

import java.util.Locale;

/** What a family's message asks the bot to do. */
public enum Intent {
  /** Look for crèches (a place, an age, a filter, or just "I need a crèche"). */
  FIND,
  /** Show the next results. */
  MORE,
  /** Show one result of the list in full ("3", "n°2", "la première"). */
  DETAILS,
  /** How does this work? */
  HELP,
  /** Opt out of messages. */
  STOP,
  /** Delete everything kept about the sender (the right to be forgotten). */
  FORGET,
  /** Opt back in. */
  START,
  /** Answer in another language. */
  LANG_SWITCH,
  /** Something stands in the way (cost, papers, a full crèche, a refusal, ...). */
  OBSTACLE,
  /** Wants to talk to a person. */
  HUMAN,
  /** Hello. */
  GREETING,
  /** Thank you. */
  THANKS,
  /** Anything else, junk included. */
  UNKNOWN;

  /**
   * True for an intent read only from its whole-message keywords, never learnt by the classifier:
   * deleting a family's data must not hang on a statistical guess.
   */
  public boolean keywordOnly() {
    return this == FORGET;
  }

  /** The label used in the labelled data: find, more, lang_switch, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The intent of a label; {@link #UNKNOWN} for a label that is none of ours. */
  public static Intent fromLabel(String label) {
    for (Intent i : values()) {
      if (i.label().equalsIgnoreCase(label)) {
        return i;
      }
    }
    return UNKNOWN;
  }
}
