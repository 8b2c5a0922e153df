package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Intent;

/**
 * The intent of one message.
 *
 * @param intent what the message asks for
 * @param confidence 0..1; 1 when a precise rule decided
 * @param obstacleCategory the kind of obstacle when {@code intent} is OBSTACLE, else null
 * @param langSwitchTarget the language asked for when {@code intent} is LANG_SWITCH (null when
 *     the message names none)
 * @param choice the number picked ("3", "n°3", "la troisième"), or null
 */
public record IntentResult(
    Intent intent,
    double confidence,
    Obstacle obstacleCategory,
    Language langSwitchTarget,
    Integer choice) {

  static IntentResult of(Intent intent, double confidence) {
    return new IntentResult(intent, confidence, null, null, null);
  }
}
