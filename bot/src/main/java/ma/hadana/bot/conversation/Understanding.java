package ma.hadana.bot.conversation;

import java.util.Set;

/**
 * What the understanding layer read in one message, before dialogue context: its language and
 * script, intent, obstacle category, requested language, child age and filters.
 *
 * @param language the language the message is written in, or null when it cannot be told
 * @param latinScript true when written in Latin letters (decides the Darija reply script)
 * @param confidence how sure the language detection is, 0..1
 * @param intent the intent read from the text alone
 * @param obstacle the obstacle category when the intent is OBSTACLE, else null
 * @param switchTo the language asked for when the intent is LANG_SWITCH, else null
 * @param ageMonths the child's age in months when stated, else null
 * @param filters the conditions stated in the message
 * @param number the bare number the message consists of (a choice), else null
 * @param command true when a whole-message rule decided the intent (a keyword such as STOP or
 *     AIDE, a number, a language name), false when the trained model guessed it
 */
public record Understanding(
    Language language,
    boolean latinScript,
    double confidence,
    Intent intent,
    Obstacle obstacle,
    Language switchTo,
    Integer ageMonths,
    Set<Filter> filters,
    Integer number,
    boolean command) {

  public Understanding {
    filters = filters == null ? Set.of() : Set.copyOf(filters);
  }

  /**
   * This understanding of a channel's command (a Telegram slash command the channel turned into
   * its keyword): a command, whose words the channel chose in {@code language} (the language the
   * sender's app is set to, or null when unknown) rather than the sender wrote them.
   */
  public Understanding asCommand(Language language) {
    return new Understanding(language, latinScript, language == null ? 0 : 1, intent, obstacle,
        switchTo, ageMonths, filters, number, true);
  }
}
