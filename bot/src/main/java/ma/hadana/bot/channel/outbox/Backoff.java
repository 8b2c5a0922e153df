package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff: after attempt n the wait is {@code base * 2^(n-1)}, capped at
 * {@code max} ({@link #ceiling}); the outbox draws it with jitter between half and all of that,
 * a provider's requested wait (429 retry_after) being a floor ({@link #after}).
 */
public final class Backoff {

  private final long baseMillis;
  private final long maxMillis;

  public Backoff(Duration base, Duration max) {
    this.baseMillis = Math.max(1, base.toMillis());
    this.maxMillis = Math.max(baseMillis, max.toMillis());
  }

  /** {@code base * 2^(attempt-1)} capped at {@code max}: the longest wait after attempt n. */
  public Duration ceiling(int attempt) {
    return Duration.ofMillis(ceilingMillis(attempt));
  }

  private long ceilingMillis(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    return Math.min(maxMillis, baseMillis << doublings);
  }

  /** The wait after failed attempt {@code attempt} (1 for the first). */
  Duration after(int attempt, Duration requested) {
    long ceiling = ceilingMillis(attempt);
    long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling - ceiling / 2 + 1);
    if (requested != null && requested.toMillis() > wait) {
      wait = requested.toMillis();
    }
    return Duration.ofMillis(wait);
  }
}
