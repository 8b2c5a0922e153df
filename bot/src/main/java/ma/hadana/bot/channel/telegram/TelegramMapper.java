package ma.hadana.bot.channel.telegram;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hadana.bot.channel.telegram.TelegramEvent.Blocked;
import ma.hadana.bot.channel.telegram.TelegramEvent.Command;
import ma.hadana.bot.channel.telegram.TelegramEvent.Ignored;
import ma.hadana.bot.channel.telegram.TelegramEvent.Pressed;
import ma.hadana.bot.channel.telegram.TelegramEvent.Said;
import ma.hadana.registry.geo.GeoPoint;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.location.Location;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram {@link Update} into a {@link TelegramEvent}. Only private chats are answered:
 * a bot in a group would show a family's search to everyone in it.
 */
final class TelegramMapper {

  /** {@code /start}, {@code /help@HadanaBot}, {@code /start CODE}. */
  private static final Pattern COMMAND =
      Pattern.compile("^/([A-Za-z]+)(?:@[A-Za-z0-9_]+)?(?:\\s+(\\S+))?\\s*$", Pattern.DOTALL);
  /** Telegram deep-link parameters: up to 64 characters A-Z a-z 0-9 _ -. */
  private static final Pattern START_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private TelegramMapper() {}

  static TelegramEvent event(Update u) {
    long id = u.getUpdateId();
    if (u.hasMessage()) {
      return message(id, u.getMessage());
    }
    if (u.hasCallbackQuery()) {
      return pressed(id, u.getCallbackQuery());
    }
    if (u.hasEditedMessage()) {
      return new Ignored(id, "edited_message");
    }
    if (u.getMyChatMember() != null && u.getMyChatMember().getChat() != null
        && isPrivate(u.getMyChatMember().getChat()) && u.getMyChatMember().getNewChatMember() != null
        && "kicked".equals(u.getMyChatMember().getNewChatMember().getStatus())) {
      return new Blocked(id, String.valueOf(u.getMyChatMember().getChat().getId()));
    }
    return new Ignored(id, "other update");
  }

  private static TelegramEvent message(long id, Message m) {
    if (m.getChat() == null || !isPrivate(m.getChat())) {
      return new Ignored(id, "not a private chat");
    }
    String chat = String.valueOf(m.getChatId());
    String lang = m.getFrom() == null ? null : m.getFrom().getLanguageCode();
    Location where = m.getVenue() != null ? m.getVenue().getLocation() : m.hasLocation() ? m.getLocation() : null;
    if (where != null) {
      GeoPoint p = point(where);
      return p == null ? new Ignored(id, "bad location") : new Said(id, chat, "", p, null, null, lang);
    }
    String text = m.hasText() ? m.getText() : m.getCaption() == null ? "" : m.getCaption();
    Matcher c = COMMAND.matcher(text.trim());
    if (c.matches()) {
      Command command = switch (c.group(1).toLowerCase(Locale.ROOT)) {
        case "start" -> Command.START;
        case "help" -> Command.HELP;
        case "stop" -> Command.STOP;
        case "bot" -> Command.BOT;
        case "agent" -> Command.AGENT;
        default -> null;
      };
      if (command != null) {
        String code = command == Command.START && c.group(2) != null
            && START_CODE.matcher(c.group(2)).matches() ? c.group(2) : null;
        return new Said(id, chat, text, null, command, code, lang);
      }
    }
    return new Said(id, chat, text, null, null, null, lang);
  }

  private static TelegramEvent pressed(long id, CallbackQuery q) {
    if (q.getMessage() == null || q.getMessage().getChat() == null || !isPrivate(q.getMessage().getChat())) {
      return new Ignored(id, "callback outside a private chat");
    }
    String data = q.getData() == null ? "" : q.getData();
    return new Pressed(id, String.valueOf(q.getMessage().getChatId()), q.getId(), data);
  }

  private static boolean isPrivate(Chat chat) {
    return "private".equals(chat.getType());
  }

  private static GeoPoint point(Location l) {
    try {
      return l.getLatitude() == null || l.getLongitude() == null ? null
          : new GeoPoint(l.getLatitude(), l.getLongitude());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
