package ma.hadana.bot.channel.outbox;

import java.time.Clock;
import java.util.List;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.InboundReceipts;
import org.springframework.context.ApplicationContext;

/** Outbox workers that tests build around senders of their own (a short timeout, a pace). */
public final class TestWorkers {

  private TestWorkers() {}

  /**
   * A worker on the context's database and outbox settings that sends only through
   * {@code senders}; {@link OutboxWorker#destroy()} it after use.
   */
  public static OutboxWorker sendingThrough(ApplicationContext context, OutboundSender... senders) {
    return new OutboxWorker(context.getBean(OutboxStore.class), List.of(senders),
        context.getBean(Contacts.class), context.getBean(InboundReceipts.class),
        context.getBean(OutboxProperties.class), context.getBean(OutboxMetrics.class),
        context.getBean(Clock.class));
  }

  /** One pass of a worker sending only through {@code sender}; returns how many rows it handled. */
  public static int sendOnceThrough(ApplicationContext context, OutboundSender sender) {
    OutboxWorker worker = sendingThrough(context, sender);
    try {
      return worker.runOnce();
    } finally {
      worker.destroy();
    }
  }
}
