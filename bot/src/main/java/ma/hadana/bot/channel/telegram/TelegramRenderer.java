package ma.hadana.bot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.outbox.OutboundPayload;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.Reply.Venue;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendVenue;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders one outbox payload as one Bot API call: sendMessage with an inline keyboard of the
 * choices (one button per row; pressing one sends its value back as the user's answer),
 * sendVenue for a place, answerCallbackQuery for a pressed button. Plain text, no parse mode:
 * listing names may hold Markdown characters.
 */
final class TelegramRenderer {

  /** Telegram's limit on callback data, in bytes. */
  private static final int MAX_CALLBACK_DATA = 64;

  private TelegramRenderer() {}

  static BotApiMethod<?> render(String chatId, OutboundPayload p) {
    return switch (p.kind()) {
      case TEXT -> text(chatId, p.text(), p.choices());
      case VENUE -> venue(chatId, p.venue());
      case CALLBACK_ANSWER -> AnswerCallbackQuery.builder().callbackQueryId(p.callbackQueryId()).build();
    };
  }

  private static SendMessage text(String chatId, String text, List<Choice> choices) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Choice c : choices) {
      if (c.value() != null && !c.value().isEmpty()
          && c.value().getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_DATA) {
        rows.add(new InlineKeyboardRow(
            InlineKeyboardButton.builder().text(c.label()).callbackData(c.value()).build()));
      }
    }
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId).text(text);
    if (!rows.isEmpty()) {
      b.replyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
    }
    return b.build();
  }

  private static SendVenue venue(String chatId, Venue v) {
    return SendVenue.builder()
        .chatId(chatId)
        .latitude(v.point().lat())
        .longitude(v.point().lon())
        .title(v.title())
        .address(v.address() == null ? "" : v.address())
        .build();
  }
}
