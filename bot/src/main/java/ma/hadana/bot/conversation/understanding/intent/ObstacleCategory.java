package ma.hadana.bot.conversation.understanding.intent;

/** Kinds of obstacles families report, so the bot can answer each with the right help. */
public enum ObstacleCategory {
  DOCUMENTS,
  COST,
  FULL,
  LANGUAGE,
  DISTANCE,
  DISCRIMINATION,
  DISABILITY,
  HOURS,
  OTHER
}
