package ma.hadana.bot.conversation.understanding.model;

import java.util.Map;

/**
 * One message of the team's labelled sets (training, dev, held-out): what was written and what
 * it means. A dialogue line of the dev set yields one of these per turn.
 *
 * @param id the line's id (a turn gets {@code id#n})
 * @param text the message as a family would send it
 * @param lang language code: fr, ar, ary or en
 * @param script arabic, latin or mixed
 * @param intent intent label (find, more, details, ...)
 * @param ageMonths the child's age in months, or null when the message gives none
 * @param filters filter keys set in the message; "to" holds a lang_switch target
 */
public record LabelledMessage(
    String id,
    String text,
    String lang,
    String script,
    String intent,
    Integer ageMonths,
    Map<String, String> filters) {

  public LabelledMessage {
    filters = Map.copyOf(filters);
  }
}
