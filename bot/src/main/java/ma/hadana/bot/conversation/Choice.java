package ma.hadana.bot.conversation;

/** An answer the user can pick: shown as a button on Telegram, a numbered line on SMS. */
public record Choice(String label, String value) {}
