package ma.hadana.bot.channel.outbox;

import java.time.Duration;

/**
 * What a provider said about one send: accepted (with its message id), worth retrying (timeouts,
 * 5xx, 429 with an optional wait), refused for good, or refused because the person opted out or
 * blocked the bot.
 */
public record SendResult(Outcome outcome, String providerMessageId, String error, Duration retryAfter) {

  /** The four outcomes. */
  public enum Outcome {
    SENT,
    RETRY,
    FAILED,
    OPTED_OUT
  }

  /** Accepted by the provider. */
  public static SendResult sent(String providerMessageId) {
    return new SendResult(Outcome.SENT, providerMessageId, null, null);
  }

  /** A transient failure; {@code retryAfter} is the provider's requested wait, or null. */
  public static SendResult retry(String error, Duration retryAfter) {
    return new SendResult(Outcome.RETRY, null, error, retryAfter);
  }

  /** A permanent refusal. */
  public static SendResult failed(String error) {
    return new SendResult(Outcome.FAILED, null, error, null);
  }

  /** The recipient opted out or blocked the bot: never send to it again until it opts in. */
  public static SendResult optedOut(String error) {
    return new SendResult(Outcome.OPTED_OUT, null, error, null);
  }
}
