package ma.hadana.bot.channel.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram bot Hadana answers as.
 *
 * @param botToken {@code TELEGRAM_BOT_TOKEN}: the token BotFather gave (123456:ABC...); empty
 *     disables Telegram
 * @param webhookSecret {@code TELEGRAM_WEBHOOK_SECRET}: 1 to 256 characters {@code A-Z a-z 0-9 _ -};
 *     Telegram sends it in {@code X-Telegram-Bot-Api-Secret-Token} on every webhook call.
 *     Required in webhook mode
 * @param mode {@code TELEGRAM_MODE}: {@code webhook} (Telegram calls {@code /webhooks/telegram};
 *     registered in the background, retried until it succeeds, when
 *     {@code HADANA_PUBLIC_BASE_URL} is https) or {@code polling} (the bot asks Telegram for
 *     updates: for a laptop without a public URL)
 * @param apiBaseUrl {@code TELEGRAM_API_BASE_URL}: the Bot API origin (tests use a fake server)
 * @param messagesPerSecond {@code TELEGRAM_MESSAGES_PER_SECOND}: overall sending pace of this
 *     process (Telegram allows about 30 per second per bot)
 * @param perChatInterval shortest gap between two messages to one chat (Telegram: about 1 per second)
 * @param timeout connect, read and call timeout of Bot API requests
 */
@ConfigurationProperties("hadana.telegram")
public record TelegramProperties(
    String botToken,
    String webhookSecret,
    @DefaultValue("webhook") Mode mode,
    @DefaultValue("https://api.telegram.org") String apiBaseUrl,
    @DefaultValue("30") double messagesPerSecond,
    @DefaultValue("1s") Duration perChatInterval,
    @DefaultValue("10s") Duration timeout) {

  /** How updates reach the bot. */
  public enum Mode {
    WEBHOOK,
    POLLING
  }

  public TelegramProperties {
    botToken = botToken == null ? "" : botToken.trim();
    webhookSecret = webhookSecret == null ? "" : webhookSecret.trim();
    mode = mode == null ? Mode.WEBHOOK : mode;
    apiBaseUrl = apiBaseUrl == null ? "https://api.telegram.org" : apiBaseUrl.trim();
  }

  /** The bot's numeric id: the token's part before the colon (public, unlike the token). */
  public String botId() {
    int colon = botToken.indexOf(':');
    return colon > 0 ? botToken.substring(0, colon) : "bot";
  }
}
