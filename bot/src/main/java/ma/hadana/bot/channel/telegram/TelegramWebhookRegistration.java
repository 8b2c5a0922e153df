package ma.hadana.bot.channel.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.outbox.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * In webhook mode, tells Telegram where to send updates once the bot is up: setWebhook with
 * {@code HADANA_PUBLIC_BASE_URL/webhooks/telegram} and the secret token, from a background
 * thread (start-up never waits for Telegram), retried with exponential backoff (2 s doubling up
 * to 5 min) until it succeeds; failed attempts count in {@code hadana.telegram.webhook.retries}.
 * Telegram takes only https URLs; with any other base URL nothing is registered and the log says
 * so.
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
  private final Counter retries;
  private final Duration firstRetry;
  private final Duration longestRetry;
  private final CompletableFuture<Integer> registered = new CompletableFuture<>();
  private ScheduledExecutorService executor;
  private int failures;

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
    this.retries = Counter.builder("hadana.telegram.webhook.retries")
        .description("Failed setWebhook attempts, each followed by a retry")
        .register(meters);
    this.firstRetry = firstRetry;
    this.longestRetry = longestRetry;
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void register() {
    if (!channel.webhook() || executor != null) {
      return;
    }
    if (!webhooks.https()) {
      log.warn("Telegram webhook not registered: HADANA_PUBLIC_BASE_URL is not an https URL;"
          + " call setWebhook yourself or use TELEGRAM_MODE=polling");
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "telegram-set-webhook");
      t.setDaemon(true);
      return t;
    });
    executor.execute(this::attempt);
  }

  /** Completes with the number of attempts once Telegram accepted the webhook. */
  CompletableFuture<Integer> registered() {
    return registered;
  }

  /** The wait after {@code failures} failed attempts: the first retry doubled each time, capped. */
  static Duration backoff(Duration first, Duration longest, int failures) {
    return new Backoff(first, longest).ceiling(failures);
  }

  private void attempt() {
    SetWebhook set = SetWebhook.builder()
        .url(webhooks.url(TelegramChannel.PATH))
        .secretToken(props.webhookSecret())
        .allowedUpdates(ALLOWED_UPDATES)
        .build();
    try {
      channel.client().execute(set);
      log.info("Telegram webhook of bot {} registered at {} (attempt {})", props.botId(),
          webhooks.url(TelegramChannel.PATH), failures + 1);
      registered.complete(failures + 1);
      stop();
    } catch (TelegramApiException | RuntimeException e) {
      failures++;
      retries.increment();
      Duration wait = backoff(firstRetry, longestRetry, failures);
      // The reason only: a message could carry the request URL, which holds the bot token.
      log.warn("Telegram webhook registration of bot {} failed (attempt {}, {}); updates will not"
          + " arrive until it succeeds; retrying in {}", props.botId(), failures, reason(e), wait);
      schedule(wait);
    }
  }

  private synchronized void schedule(Duration wait) {
    if (executor != null && !executor.isShutdown()) {
      executor.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      return "error " + r.getErrorCode();
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return cause.getClass().getSimpleName();
  }

  @Override
  public void destroy() {
    stop();
  }

  /** Stops retrying (after success, or when the application shuts down). */
  synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
