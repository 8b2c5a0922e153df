package ma.hadana.bot.channel.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import ma.hadana.bot.channel.WebhookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * In webhook mode, tells Telegram where to send updates once the bot is up: setWebhook with
 * {@code HADANA_PUBLIC_BASE_URL/webhooks/telegram} and the secret token, from a background
 * thread (start-up never waits for Telegram), retried with exponential backoff (2 s doubling up
 * to 5 min) until it succeeds ({@link StartupCall}); failed attempts count in
 * {@code hadana.telegram.webhook.retries}. Telegram takes only https URLs; with any other base
 * URL nothing is registered and the log says so.
 */
@Component
class TelegramWebhookRegistration implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);
  /** The updates the bot acts on; Telegram sends nothing else. */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  private final TelegramChannel channel;
  private final TelegramProperties props;
  private final WebhookProperties webhooks;
  private final StartupCall call;

  @Autowired
  TelegramWebhookRegistration(TelegramChannel channel, TelegramProperties props,
      WebhookProperties webhooks, MeterRegistry meters) {
    this(channel, props, webhooks, meters, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  TelegramWebhookRegistration(TelegramChannel channel, TelegramProperties props,
      WebhookProperties webhooks, MeterRegistry meters, Duration firstRetry,
      Duration longestRetry) {
    this.channel = channel;
    this.props = props;
    this.webhooks = webhooks;
    Counter retries = Counter.builder("hadana.telegram.webhook.retries")
        .description("Failed setWebhook attempts, each followed by a retry")
        .register(meters);
    this.call = new StartupCall("webhook registration of bot " + props.botId(),
        "updates will not arrive", log, retries, firstRetry, longestRetry);
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void register() {
    if (!channel.webhook()) {
      return;
    }
    if (!webhooks.https()) {
      log.warn("Telegram webhook not registered: HADANA_PUBLIC_BASE_URL is not an https URL;"
          + " call setWebhook yourself or use TELEGRAM_MODE=polling");
      return;
    }
    call.start("telegram-set-webhook", this::attempt);
  }

  /** Completes with the number of attempts once Telegram accepted the webhook. */
  CompletableFuture<Integer> registered() {
    return call.done();
  }

  /** The wait after {@code failures} failed attempts: the first retry doubled each time, capped. */
  static Duration backoff(Duration first, Duration longest, int failures) {
    return StartupCall.backoff(first, longest, failures);
  }

  private void attempt() throws TelegramApiException {
    SetWebhook set = SetWebhook.builder()
        .url(webhooks.url(TelegramChannel.PATH))
        .secretToken(props.webhookSecret())
        .allowedUpdates(ALLOWED_UPDATES)
        .build();
    channel.client().execute(set);
    log.info("Telegram webhook of bot {} registered at {} (attempt {})", props.botId(),
        webhooks.url(TelegramChannel.PATH), call.attemptNumber());
  }

  @Override
  public void destroy() {
    stop();
  }

  /** Stops retrying (after success, or when the application shuts down). */
  void stop() {
    call.stop();
  }
}
