package ma.hadana.bot.channel.telegram;

import java.net.URI;
import java.util.regex.Pattern;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.telegram.TelegramProperties.Mode;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether Telegram is on and how: needs {@code TELEGRAM_BOT_TOKEN}, plus a valid
 * {@code TELEGRAM_WEBHOOK_SECRET} in webhook mode. Without them the bot starts anyway, says so in
 * one log line, and {@code /webhooks/telegram} answers 404 (as it does in polling mode). Holds
 * the Bot API client, pointed at {@code TELEGRAM_API_BASE_URL}.
 */
@Component
@EnableConfigurationProperties({TelegramProperties.class, WebhookProperties.class})
class TelegramChannel {

  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
  static final String PATH = "/webhooks/telegram";
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private final TelegramProperties props;
  private final boolean enabled;
  private final TelegramUrl url;
  private final OkHttpClient http;
  private final TelegramClient client;

  TelegramChannel(TelegramProperties props, WebhookProperties webhooks) {
    this.props = props;
    String problem = props.botToken().isEmpty() ? "TELEGRAM_BOT_TOKEN is not set"
        : props.mode() == Mode.WEBHOOK && !SECRET.matcher(props.webhookSecret()).matches()
            ? "TELEGRAM_WEBHOOK_SECRET is not set or not 1-256 characters A-Z a-z 0-9 _ -"
            : null;
    this.enabled = problem == null;
    this.url = telegramUrl(props.apiBaseUrl());
    this.http = new OkHttpClient.Builder()
        .connectTimeout(props.timeout())
        .readTimeout(props.timeout())
        .writeTimeout(props.timeout())
        .callTimeout(props.timeout())
        .retryOnConnectionFailure(false) // the outbox retries, and counts attempts
        .build();
    this.client = enabled ? new OkHttpTelegramClient(http, props.botToken(), url) : null;
    if (!enabled) {
      log.info("Telegram channel disabled: {}; {} answers 404", problem, PATH);
    } else if (props.mode() == Mode.POLLING) {
      log.info("Telegram channel enabled in polling mode (no webhook; {} answers 404)", PATH);
    } else {
      log.info("Telegram channel enabled in webhook mode at {}", webhooks.configured()
          ? webhooks.url(PATH) : PATH + " (HADANA_PUBLIC_BASE_URL not set: register it yourself)");
    }
  }

  /** True when Telegram has the credentials it needs. */
  boolean enabled() {
    return enabled;
  }

  /** True when {@code /webhooks/telegram} accepts updates. */
  boolean webhook() {
    return enabled && props.mode() == Mode.WEBHOOK;
  }

  /** True when updates are fetched by long polling. */
  boolean polling() {
    return enabled && props.mode() == Mode.POLLING;
  }

  /** The Bot API client (only when enabled). */
  TelegramClient client() {
    return client;
  }

  TelegramUrl url() {
    return url;
  }

  /** A client for long polling: reads must outlast Telegram's 50 s getUpdates wait. */
  OkHttpClient pollingHttp() {
    return http.newBuilder()
        .readTimeout(props.timeout().plusSeconds(60))
        .callTimeout(props.timeout().plusSeconds(60))
        .build();
  }

  static TelegramUrl telegramUrl(String base) {
    URI u = URI.create(base);
    boolean https = "https".equalsIgnoreCase(u.getScheme());
    int port = u.getPort() > 0 ? u.getPort() : https ? 443 : 80;
    return new TelegramUrl(https ? "https" : "http", u.getHost(), port, false);
  }
}
