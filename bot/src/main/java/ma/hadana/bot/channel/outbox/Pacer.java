package ma.hadana.bot.channel.outbox;

import java.util.concurrent.TimeUnit;

/**
 * Spaces sends on one channel evenly so this process stays under the provider's rate (Telegram
 * about 30 messages a second, Twilio 10 per sender number by default).
 */
final class Pacer {

  private final long intervalNanos;
  private long next;

  Pacer(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
  }

  /** Waits for this caller's slot. */
  void acquire() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, next);
      next = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
