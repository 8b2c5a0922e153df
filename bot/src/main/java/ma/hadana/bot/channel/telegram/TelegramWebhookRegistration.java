package ma.hadana.bot.channel.telegram;

import java.util.List;
import ma.hadana.bot.channel.WebhookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * In webhook mode, tells Telegram where to send updates once the bot is up: setWebhook with
 * {@code HADANA_PUBLIC_BASE_URL/webhooks/telegram} and the secret token. Telegram takes only
 * https URLs; with any other base URL nothing is registered and the log says so.
 */
@Component
class TelegramWebhookRegistration {

  private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);
  /** The updates the bot acts on; Telegram sends nothing else. */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  private final TelegramChannel channel;
  private final TelegramProperties props;
  private final WebhookProperties webhooks;

  TelegramWebhookRegistration(TelegramChannel channel, TelegramProperties props,
      WebhookProperties webhooks) {
    this.channel = channel;
    this.props = props;
    this.webhooks = webhooks;
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    if (!channel.webhook()) {
      return;
    }
    if (!webhooks.https()) {
      log.warn("Telegram webhook not registered: HADANA_PUBLIC_BASE_URL is not an https URL;"
          + " call setWebhook yourself or use TELEGRAM_MODE=polling");
      return;
    }
    SetWebhook set = SetWebhook.builder()
        .url(webhooks.url(TelegramChannel.PATH))
        .secretToken(props.webhookSecret())
        .allowedUpdates(ALLOWED_UPDATES)
        .build();
    try {
      channel.client().execute(set);
      log.info("Telegram webhook registered at {}", webhooks.url(TelegramChannel.PATH));
    } catch (TelegramApiException e) {
      log.warn("Telegram webhook registration failed ({}); updates will not arrive until it"
          + " succeeds (restart, or call setWebhook yourself)", e.getMessage());
    }
  }
}
