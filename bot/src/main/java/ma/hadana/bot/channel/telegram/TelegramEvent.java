package ma.hadana.bot.channel.telegram;

import ma.hadana.registry.geo.GeoPoint;

/** What one Telegram update asks of the bot, once read. */
sealed interface TelegramEvent {

  /** The update's id, unique per bot, used to handle each update once. */
  long updateId();

  /** A bot command at the start of a message. */
  enum Command {
    START,
    HELP,
    STOP,
    /** Back to the bot from a person, like the BOT keyword. */
    BOT,
    /** Asks for a person, like the AGENT keyword. */
    AGENT
  }

  /**
   * A message in a private chat: text, or a shared location or venue (then {@code location} is
   * set), or a command with an optional deep-link code ({@code /start <code>}).
   */
  record Said(long updateId, String chatId, String text, GeoPoint location, Command command,
      String startCode, String languageCode) implements TelegramEvent {}

  /** A press on an inline keyboard button: its data is the user's answer. */
  record Pressed(long updateId, String chatId, String callbackQueryId, String data)
      implements TelegramEvent {}

  /** The user blocked the bot (my_chat_member, status kicked). */
  record Blocked(long updateId, String chatId) implements TelegramEvent {}

  /** Something the bot does not act on (edits, groups, stickers in channels...): 200, nothing else. */
  record Ignored(long updateId, String what) implements TelegramEvent {}
}
