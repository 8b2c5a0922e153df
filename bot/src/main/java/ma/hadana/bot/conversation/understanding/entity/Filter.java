package ma.hadana.bot.conversation.understanding.entity;

import java.util.Locale;

/** Search filters a family can ask for in a message. */
public enum Filter {
  /** No fee. */
  FREE,
  /** Run by the state or a commune. */
  PUBLIC,
  /** Takes children whose family has no papers. */
  ACCEPTS_UNDOCUMENTED,
  /** Takes children with a disability or special needs. */
  SPECIAL_NEEDS,
  /** Serves meals. */
  MEALS,
  /** Open on Saturdays. */
  OPEN_SATURDAY;

  /** The key used in the labelled data: free, public, accepts_undocumented, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
