package ma.hadana.bot.conversation;

/** Reads one message's text (language, intent, entities); knows nothing of the dialogue. */
public interface Interpreter {

  /** Understanding of {@code text}. Never throws on any input. */
  Understanding understand(String text);
}
