package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import ma.hadana.bot.conversation.Channel;

/**
 * Start-up refusal: the outbox claim ({@code hadana.outbox.claim-timeout}) does not exceed a
 * provider's longest call plus {@code hadana.outbox.claim-margin}, so no row could ever be sent
 * ({@link ClaimTooShortFailureAnalyzer} explains it to whoever starts the bot).
 */
final class ClaimTooShortException extends IllegalStateException {

  private final Channel channel;
  private final Duration claimTimeout;
  private final Duration longestCall;
  private final Duration claimMargin;

  ClaimTooShortException(Channel channel, Duration claimTimeout, Duration longestCall,
      Duration claimMargin) {
    super("hadana.outbox.claim-timeout (" + claimTimeout + ") must exceed the " + channel.code()
        + " provider's longest call (" + longestCall + ") plus hadana.outbox.claim-margin ("
        + claimMargin + "): raise it, or lower the provider timeout");
    this.channel = channel;
    this.claimTimeout = claimTimeout;
    this.longestCall = longestCall;
    this.claimMargin = claimMargin;
  }

  Channel channel() {
    return channel;
  }

  Duration claimTimeout() {
    return claimTimeout;
  }

  Duration longestCall() {
    return longestCall;
  }

  Duration claimMargin() {
    return claimMargin;
  }

  /** The claim must be longer than this. */
  Duration needed() {
    return longestCall.plus(claimMargin);
  }
}
