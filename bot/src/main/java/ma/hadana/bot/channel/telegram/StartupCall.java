package ma.hadana.bot.channel.telegram;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.outbox.Backoff;
import org.slf4j.Logger;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A Bot API call made once at start, from its own background thread (start-up never waits for
 * Telegram), retried until it succeeds with the outbox's backoff ({@link Backoff#ceiling}: the
 * first wait doubled after each failure, capped); each failed attempt counts in a counter.
 */
final class StartupCall {

  /** One attempt; throws when Telegram did not accept it (the call is then retried). */
  interface Attempt {
    void run() throws TelegramApiException;
  }

  private final String what;
  private final String consequence;
  private final Logger log;
  private final Counter retries;
  private final Backoff backoff;
  private final CompletableFuture<Integer> done = new CompletableFuture<>();
  private ScheduledExecutorService executor;
  private Attempt attempt;
  private int failures;

  /**
   * @param what the call, for the log ("webhook registration")
   * @param consequence what goes wrong until it succeeds, for the log
   */
  StartupCall(String what, String consequence, Logger log, Counter retries, Duration firstRetry,
      Duration longestRetry) {
    this.what = what;
    this.consequence = consequence;
    this.log = log;
    this.retries = retries;
    this.backoff = new Backoff(firstRetry, longestRetry);
  }

  /** Starts the attempts on thread {@code thread}; false when they were started already. */
  synchronized boolean start(String thread, Attempt attempt) {
    if (executor != null) {
      return false;
    }
    this.attempt = attempt;
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, thread);
      t.setDaemon(true);
      return t;
    });
    executor.execute(this::tryOnce);
    return true;
  }

  /** Completes with the number of attempts once Telegram accepted the call. */
  CompletableFuture<Integer> done() {
    return done;
  }

  /** The wait after {@code failures} failed attempts: the first retry doubled each time, capped. */
  static Duration backoff(Duration first, Duration longest, int failures) {
    return new Backoff(first, longest).ceiling(failures);
  }

  private void tryOnce() {
    try {
      attempt.run();
      done.complete(failures + 1);
      stop();
    } catch (TelegramApiException | RuntimeException e) {
      failures++;
      retries.increment();
      Duration wait = backoff.ceiling(failures);
      // The reason only: a message could carry the request URL, which holds the bot token.
      log.warn("Telegram {} failed (attempt {}, {}); {} until it succeeds; retrying in {}", what,
          failures, reason(e), consequence, wait);
      schedule(wait);
    }
  }

  /** The attempt number being made: 1 for the first. */
  synchronized int attemptNumber() {
    return failures + 1;
  }

  private synchronized void schedule(Duration wait) {
    if (executor != null && !executor.isShutdown()) {
      executor.schedule(this::tryOnce, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      return "error " + r.getErrorCode();
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return cause.getClass().getSimpleName();
  }

  /** Stops retrying (after success, or when the application shuts down). */
  synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
