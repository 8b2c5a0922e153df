package ma.hadana.bot.conversation;

import java.util.Locale;

/** A condition a family puts on the crèches it wants. */
public enum Filter {
  FREE,
  PUBLIC,
  ACCEPTS_UNDOCUMENTED,
  SPECIAL_NEEDS,
  MEALS,
  OPEN_SATURDAY,
  PLACES_AVAILABLE;

  /** Lower-case name used in APIs ("free", "accepts_undocumented", ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
