package ma.hadana.bot.conversation.understanding.intent;

/**
 * What the bot asked in its last reply, passed by the dialogue so that a bare answer reads
 * right: "3" picks result 3 after a list, but answers the question after "where?" or "how old?".
 */
public enum Prompt {
  /** Nothing in particular (or not known). */
  NONE,
  /** The bot showed a numbered list of crèches. */
  RESULTS,
  /** The bot asked where the family lives (possibly offering numbered places). */
  LOCATION,
  /** The bot asked the child's age. */
  AGE,
  /** The bot asked which language to use (possibly offering numbered languages). */
  LANGUAGE
}
