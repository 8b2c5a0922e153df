package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Intent;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.entity.ChildAge;
import ma.hadana.bot.conversation.understanding.intent.IntentResult;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.Script;

/**
 * Everything the dialogue needs to know about one message (places are resolved separately).
 *
 * @param normalized the folded, tokenised message
 * @param language the language to answer in
 * @param script the message's script (for Darija: Arabic letters or Arabizi)
 * @param languageConfidence 0..1; 0 when the language was assumed (no letters in the message)
 * @param intent what the message asks for, with obstacle category, switch target and choice
 * @param age the child's age, or null when the message gives none
 * @param filters filters asked for, including those an obstacle implies (cost → free)
 */
public record Understanding(
    NormalizedText normalized,
    Language language,
    Script script,
    double languageConfidence,
    IntentResult intent,
    ChildAge age,
    Set<Filter> filters) {

  public Understanding {
    filters = Set.copyOf(filters);
  }

  /** Shortcut for {@code intent().intent()}. */
  public Intent intentType() {
    return intent.intent();
  }

  /** The child's age in months, or null. */
  public Integer ageMonths() {
    return age == null ? null : age.months();
  }
}
