package ma.hadana.bot.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import ma.hadana.bot.channel.telegram.TelegramEvent.Command;
import ma.hadana.bot.conversation.Language;

/**
 * The words a Telegram command stands for, in the user's Telegram language, from
 * {@code telegram/commands.properties}: the core knows words, not slash commands.
 */
final class TelegramCommands {

  private static final Properties WORDS = load();

  private TelegramCommands() {}

  /**
   * The text the core reads for {@code command}; {@code optedOut} turns {@code /start} into an
   * opt-in instead of a greeting.
   */
  static String text(Command command, boolean optedOut, String languageCode) {
    String key = switch (command) {
      case START -> optedOut ? "start" : "greeting";
      case HELP -> "help";
      case STOP -> "stop";
      case BOT -> "bot";
      case AGENT -> "agent";
    };
    return WORDS.getProperty(key + "." + wordsLanguage(languageCode).code());
  }

  /**
   * The language of the words {@link #text} gives for {@code languageCode}: the user's Telegram
   * language when the file has words in it (fr, ar, en), else French.
   */
  static Language wordsLanguage(String languageCode) {
    String lang = languageCode == null ? "fr" : languageCode.toLowerCase(Locale.ROOT);
    lang = lang.length() > 2 ? lang.substring(0, 2) : lang;
    return switch (lang) {
      case "ar" -> Language.AR;
      case "en" -> Language.EN;
      default -> Language.FR;
    };
  }

  /**
   * The menu's description of {@code command} ({@code start}, {@code help}...) for Telegram users
   * whose app is in {@code language} (fr, ar or en).
   */
  static String description(String command, Language language) {
    String text = WORDS.getProperty("menu." + command + "." + language.code());
    if (text == null) {
      throw new IllegalStateException("No menu description of /" + command + " in " + language.code());
    }
    return text;
  }

  private static Properties load() {
    try (InputStream in = TelegramCommands.class.getClassLoader()
        .getResourceAsStream("telegram/commands.properties")) {
      if (in == null) {
        throw new IllegalStateException("Missing telegram/commands.properties");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
