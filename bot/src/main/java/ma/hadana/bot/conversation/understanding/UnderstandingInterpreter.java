package ma.hadana.bot.conversation.understanding;

import java.util.Set;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.understanding.text.Script;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation core's {@link Interpreter} port, answered by {@link MessageUnderstanding}.
 * A message without letters gets no language (the dialogue keeps the sender's), and a failure
 * reads as an unknown message rather than an exception, as the port promises.
 */
final class UnderstandingInterpreter implements Interpreter {

  private static final Logger LOG = LoggerFactory.getLogger(UnderstandingInterpreter.class);

  private final MessageUnderstanding understanding;

  UnderstandingInterpreter(MessageUnderstanding understanding) {
    this.understanding = understanding;
  }

  @Override
  public ma.hadana.bot.conversation.Understanding understand(String text) {
    try {
      return toCore(understanding.understand(text));
    } catch (RuntimeException e) {
      LOG.warn("Message understanding failed ({}); read as unknown", e.getClass().getSimpleName());
      return new ma.hadana.bot.conversation.Understanding(null, false, 0, Intent.UNKNOWN, null, null,
          null, Set.of(), null, false);
    }
  }

  static ma.hadana.bot.conversation.Understanding toCore(Understanding u) {
    boolean assumed = u.languageConfidence() == 0;
    var intent = u.intent();
    return new ma.hadana.bot.conversation.Understanding(
        assumed ? null : u.language(),
        u.script() == Script.LATIN,
        u.languageConfidence(),
        intent.intent(),
        intent.obstacleCategory(),
        intent.langSwitchTarget(),
        u.ageMonths(),
        u.filters(),
        intent.choice(),
        intent.confidence() == 1.0);
  }
}
