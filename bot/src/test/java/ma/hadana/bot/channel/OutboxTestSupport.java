package ma.hadana.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import ma.hadana.bot.channel.outbox.OutboxWorker;
import ma.hadana.bot.conversation.Reply;

/** Small helpers for tests that queue messages and wait for the outbox to deal with them. */
public final class OutboxTestSupport {

  private OutboxTestSupport() {}

  /** Runs one pass of a worker made for it, then stops it: how many rows the pass handled. */
  public static int onePass(OutboxWorker worker) {
    try {
      return worker.runOnce();
    } finally {
      worker.destroy();
    }
  }

  /** A plain French reply with this text. */
  public static Reply reply(String text) {
    return new Reply("fr", text, List.of(), "GSM-7", 1, null);
  }

  /**
   * Runs {@code pass} (a worker pass) until {@code status} returns {@code expected}, waiting
   * for backoffs in between; fails after {@code millis}.
   */
  public static void until(IntSupplier pass, Supplier<String> status, String expected, long millis) {
    long end = System.currentTimeMillis() + millis;
    while (!expected.equals(status.get()) && System.currentTimeMillis() < end) {
      pass.getAsInt();
      if (!expected.equals(status.get())) {
        sleep(20);
      }
    }
    assertThat(status.get()).isEqualTo(expected);
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
