package ma.hadana.bot.conversation.dialogue;

import ma.hadana.bot.conversation.Language;

/**
 * What outlives a dialogue about one sender: the reply language (and whether they chose it),
 * whether they opted out, and whether this is their first message.
 */
public record Contact(
    String channel,
    String senderKey,
    Language language,
    boolean latinScript,
    boolean languageChosen,
    boolean optedOut,
    boolean firstContact) {}
