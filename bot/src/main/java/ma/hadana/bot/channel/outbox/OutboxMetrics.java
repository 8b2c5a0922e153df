package ma.hadana.bot.channel.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hadana.bot.channel.outbox.OutboxStore.OpenRows;
import ma.hadana.bot.conversation.Channel;
import org.springframework.stereotype.Component;

/**
 * Outbox meters: {@code hadana.outbox.depth} and {@code hadana.outbox.oldest.age} (seconds) per
 * channel, read from the database (so every instance reports the shared queue) at most once per
 * {@link #FRESH}; and {@code hadana.outbox.send.failures} by channel, outcome and provider code.
 */
@Component
class OutboxMetrics {

  /** How long one database reading serves the gauges: scrapes must not load the database. */
  static final Duration FRESH = Duration.ofSeconds(5);
  /** "twilio 400/21211", "telegram 403: ...", "twilio connection: ..." → the code or kind. */
  private static final Pattern CODE = Pattern.compile("^\\S+ ([0-9/-]+|[a-z]+)");

  private final OutboxStore store;
  private final MeterRegistry registry;
  private final Clock clock;
  private volatile List<OpenRows> open = List.of();
  private volatile Instant readAt = Instant.MIN;

  OutboxMetrics(OutboxStore store, MeterRegistry registry, Clock clock) {
    this.store = store;
    this.registry = registry;
    this.clock = clock;
    for (Channel ch : Channel.values()) {
      Gauge.builder("hadana.outbox.depth", this, m -> m.row(ch).count())
          .description("Messages waiting to be sent").tag("channel", ch.code()).register(registry);
      Gauge.builder("hadana.outbox.oldest.age", this, m -> m.age(ch))
          .description("Seconds the oldest waiting message has waited").baseUnit("seconds")
          .tag("channel", ch.code()).register(registry);
    }
  }

  /** Counts a send that did not go through; the provider's code, never the address or text. */
  void failure(Channel channel, SendResult.Outcome outcome, String error) {
    registry.counter("hadana.outbox.send.failures", "channel", channel.code(), "outcome",
        outcome.name().toLowerCase(Locale.ROOT), "code", code(error)).increment();
  }

  static String code(String error) {
    if (error == null) {
      return "none";
    }
    Matcher m = CODE.matcher(error);
    return m.find() ? m.group(1) : "other";
  }

  private double age(Channel ch) {
    OpenRows r = row(ch);
    return r.oldest() == null ? 0
        : Math.max(0, Duration.between(r.oldest(), clock.instant()).toMillis() / 1000.0);
  }

  private OpenRows row(Channel ch) {
    Instant now = clock.instant();
    if (readAt.plus(FRESH).isBefore(now)) {
      open = store.open();
      readAt = now;
    }
    for (OpenRows r : open) {
      if (r.channel().equals(ch.code())) {
        return r;
      }
    }
    return new OpenRows(ch.code(), 0, null);
  }
}
