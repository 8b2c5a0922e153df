package ma.hadana.bot.conversation.dialogue;

import io.micrometer.core.instrument.MeterRegistry;
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
    registry.counter("hadana.messages.in", "channel", channel.code(), "language", language)
        .increment();
    if (replies > 0) {
      registry.counter("hadana.messages.out", "channel", channel.code(), "language", language)
          .increment(replies);
    }
    if (unknown) {
      registry.counter("hadana.understanding.unknown", "channel", channel.code(), "language",
          language).increment();
    }
  }
}
