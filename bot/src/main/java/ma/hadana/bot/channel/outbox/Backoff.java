package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after attempt n the wait is drawn between half and all of
 * {@code base * 2^(n-1)}, capped at {@code max}; a provider's requested wait (429 retry_after)
 * is a floor.
 */
final class Backoff {

  private final long baseMillis;
  private final long maxMillis;

  Backoff(Duration base, Duration max) {
    this.baseMillis = Math.max(1, base.toMillis());
    this.maxMillis = Math.max(baseMillis, max.toMillis());
  }

  /** The wait after failed attempt {@code attempt} (1 for the first). */
  Duration after(int attempt, Duration requested) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = Math.min(maxMillis, baseMillis << doublings);
    long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling - ceiling / 2 + 1);
    if (requested != null && requested.toMillis() > wait) {
      wait = requested.toMillis();
    }
    return Duration.ofMillis(wait);
  }
}
