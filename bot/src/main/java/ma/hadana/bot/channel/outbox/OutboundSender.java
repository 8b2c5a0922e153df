package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import java.util.Set;
import ma.hadana.bot.conversation.Channel;

/** A provider adapter the outbox worker sends through (Twilio, Telegram). */
public interface OutboundSender {

  /** The channels this sender can deliver on now (those whose credentials are configured). */
  Set<Channel> channels();

  /** The most messages per second this process may send on {@code channel}. */
  double messagesPerSecond(Channel channel);

  /** The shortest gap between two messages to one recipient on {@code channel}. */
  Duration perRecipientInterval(Channel channel);

  /**
   * The longest one call to the provider may take before the client gives up (its timeouts):
   * a row is sent only while its claim outlasts this plus the outbox's margin.
   */
  Duration longestCall(Channel channel);

  /**
   * Makes one provider call. Never throws for provider or network errors: they become a
   * {@link SendResult}. Must not log the address or the text.
   */
  SendResult send(OutboxMessage message);
}
