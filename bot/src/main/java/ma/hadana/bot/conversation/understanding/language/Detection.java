package ma.hadana.bot.conversation.understanding.language;

import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.understanding.text.Script;

/**
 * The language a message is written in.
 *
 * @param language the detected language (or the fallback for a message without letters)
 * @param script the message's script; for Darija it tells Arabic letters from Arabizi
 * @param confidence 0..1; 0 when the language was not read from the text but assumed
 */
public record Detection(Language language, Script script, double confidence) {

  /** True when the language was assumed rather than read (empty, emoji-only, digits-only). */
  public boolean assumed() {
    return confidence == 0;
  }
}
