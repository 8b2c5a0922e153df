package ma.hadana.bot.conversation.dialogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.hadana.bot.conversation.Channel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counters of the conversation core, tagged by channel and language only: never a sender or a
 * text. {@code hadana.messages.in}, {@code hadana.messages.out}, {@code hadana.understanding.unknown}.
 */
@Component
class ConversationMetrics {

  private final MeterRegistry registry;
  /** The counters met so far: the registry builds and filters an id on every look-up. */
  private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

  ConversationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * One message handled and the replies it produced ({@code language}: the reply variant tag).
   * Inside a caller's transaction, counted once it commits: a step rolled back (a redelivered
   * webhook) never happened.
   */
  void turn(Channel channel, String language, int replies, boolean unknown) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          count(channel, language, replies, unknown);
        }
      });
    } else {
      count(channel, language, replies, unknown);
    }
  }

  private void count(Channel channel, String language, int replies, boolean unknown) {
    counter("hadana.messages.in", channel, language).increment();
    if (replies > 0) {
      counter("hadana.messages.out", channel, language).increment(replies);
    }
    if (unknown) {
      counter("hadana.understanding.unknown", channel, language).increment();
    }
  }

  private Counter counter(String name, Channel channel, String language) {
    return counters.computeIfAbsent(new Key(name, channel, language),
        k -> registry.counter(name, "channel", channel.code(), "language", language));
  }

  private record Key(String name, Channel channel, String language) {}
}
