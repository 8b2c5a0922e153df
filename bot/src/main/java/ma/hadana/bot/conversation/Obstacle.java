package ma.hadana.bot.conversation;

import java.util.Locale;

/** Why a family could not get a place, as reported to the bot. */
public enum Obstacle {
  DOCUMENTS,
  COST,
  FULL,
  LANGUAGE,
  DISTANCE,
  DISCRIMINATION,
  DISABILITY,
  HOURS,
  OTHER;

  /** Lower-case name used in events and statistics. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
