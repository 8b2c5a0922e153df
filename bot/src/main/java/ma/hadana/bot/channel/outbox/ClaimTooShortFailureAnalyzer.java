package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import java.util.Locale;
import ma.hadana.bot.conversation.Channel;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the outbox's start-up refusal ({@link ClaimTooShortException}) into Spring Boot's
 * "APPLICATION FAILED TO START" report: what is wrong, and which setting to change to what
 * (registered in {@code META-INF/spring.factories}).
 */
final class ClaimTooShortFailureAnalyzer extends AbstractFailureAnalyzer<ClaimTooShortException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ClaimTooShortException e) {
    String provider = e.channel() == Channel.TELEGRAM ? "Telegram" : "Twilio";
    String timeout = e.channel() == Channel.TELEGRAM ? "telegram" : "twilio";
    String description = "The outbox cannot send on " + e.channel().code() + ". A worker holds a"
        + " message it claimed for hadana.outbox.claim-timeout = " + format(e.claimTimeout())
        + ", but sending it needs up to " + format(e.needed()) + ": the " + provider
        + " call may take up to " + format(e.longestCall()) + " (" + callRule(e.channel())
        + "), plus hadana.outbox.claim-margin = " + format(e.claimMargin())
        + ". Every message would go back to the queue unsent, so the bot does not start.";
    String action = "Set hadana.outbox.claim-timeout (environment variable"
        + " HADANA_OUTBOX_CLAIM_TIMEOUT) to more than " + format(e.needed()) + ", e.g. "
        + format(suggested(e.needed())) + " (the default, 2m, leaves room for pacing and a busy"
        + " machine). Or shorten the call: hadana." + timeout + ".timeout (environment variable"
        + " " + timeout.toUpperCase(Locale.ROOT) + "_TIMEOUT), or"
        + " hadana.outbox.claim-margin (HADANA_OUTBOX_CLAIM_MARGIN).";
    return new FailureAnalysis(description, action, e);
  }

  private static String callRule(Channel channel) {
    return channel == Channel.TELEGRAM
        ? "hadana.telegram.timeout"
        : "three times hadana.twilio.timeout: a pooled connection, the connection, the answer";
  }

  /** Half as much again as {@code needed}, in whole seconds: room for pacing and a busy machine. */
  static Duration suggested(Duration needed) {
    return Duration.ofSeconds((needed.toMillis() * 3 / 2 + 999) / 1_000);
  }

  /** A duration as it is written in Hadana's settings ({@code 2m}, {@code 40s}, {@code 500ms}). */
  static String format(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1_000 == 0) {
      return ms / 1_000 + "s";
    }
    return ms + "ms";
  }
}
