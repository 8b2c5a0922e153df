package ma.hadana.bot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Polling mode ({@code TELEGRAM_MODE=polling}): fetches updates by long polling (which removes
 * any webhook) and hands each to the same handler as the webhook, for a laptop without a public
 * URL. The library marks an update received before handing it over, so an update whose handling
 * fails (database down) is logged and lost; the webhook mode does not have this weakness.
 */
@Component
class TelegramPolling implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

  private final TelegramChannel channel;
  private final TelegramProperties props;
  private final TelegramInbound inbound;
  private TelegramBotsLongPollingApplication app;
  private ScheduledExecutorService executor;

  TelegramPolling(TelegramChannel channel, TelegramProperties props, TelegramInbound inbound) {
    this.channel = channel;
    this.props = props;
    this.inbound = inbound;
  }

  @Override
  public synchronized void start() {
    if (!channel.polling() || app != null) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "telegram-polling");
      t.setDaemon(true);
      return t;
    });
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    app = new TelegramBotsLongPollingApplication(() -> json, channel::pollingHttp, () -> executor);
    try {
      app.registerBot(props.botToken(), channel::url,
          new DefaultGetUpdatesGenerator(TelegramWebhookRegistration.ALLOWED_UPDATES), this::consume);
      log.info("Telegram long polling started");
    } catch (TelegramApiException e) {
      log.warn("Telegram long polling could not start ({}); Telegram messages will not arrive",
          e.getMessage());
    }
  }

  private void consume(List<Update> updates) {
    for (Update u : updates) {
      try {
        inbound.handle(TelegramMapper.event(u));
      } catch (RuntimeException e) {
        log.error("telegram update_id={} lost: handling failed", u.getUpdateId(), e);
      }
    }
  }

  @Override
  public synchronized void stop() {
    if (app == null) {
      return;
    }
    try {
      app.close();
    } catch (Exception e) {
      log.debug("Telegram long polling did not stop cleanly", e);
    }
    executor.shutdownNow();
    app = null;
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return app != null;
  }
}
