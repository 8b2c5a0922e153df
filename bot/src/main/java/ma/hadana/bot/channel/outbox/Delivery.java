package ma.hadana.bot.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.registry.db.ConnectionFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed row and records the outcome at once: the opt-out check first, the channel's
 * pace, then sent / retry with backoff / dead after the last attempt / failed / opted out. A row
 * whose claim (counted from the claim, not from now) would not outlast the provider's longest
 * call plus the margin is not sent but given back to the queue: past its claim another worker
 * may take it and send it too. Logs
 * row ids and idempotency keys, never the address or the text. When the database is unreachable
 * just as the outcome comes, the outcome is kept and recorded once it is back: otherwise another
 * pass would send an accepted message again.
 */
final class Delivery {

  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  private final OutboxStore store;
  private final Map<Channel, OutboundSender> senders;
  private final Map<Channel, Pacer> pacers = new EnumMap<>(Channel.class);
  private final Contacts contacts;
  private final int maxAttempts;
  private final Duration claimTimeout;
  private final Duration claimMargin;
  private final Backoff backoff;
  private final OutboxMetrics metrics;
  private final Clock clock;

  Delivery(OutboxStore store, Map<Channel, OutboundSender> senders, Contacts contacts,
      OutboxProperties props, OutboxMetrics metrics, Clock clock) {
    this.store = store;
    this.senders = senders;
    senders.forEach((c, s) -> pacers.put(c, new Pacer(s.messagesPerSecond(c))));
    this.contacts = contacts;
    this.maxAttempts = props.maxAttempts();
    this.claimTimeout = props.claimTimeout();
    this.claimMargin = props.claimMargin();
    this.backoff = new Backoff(props.backoffBase(), props.backoffMax());
    this.metrics = metrics;
    this.clock = clock;
  }

  void deliver(OutboxMessage m) {
    if (!m.confirmsOptOut() && contacts.optedOut(m.channel(), m.address())) {
      store.finish(m, "opted_out", "recipient opted out", clock.instant());
      log.info("outbox skipped id={} key={}: recipient opted out", m.id(), m.idempotencyKey());
      return;
    }
    SendResult r;
    try {
      pacers.get(m.channel()).acquire();
      OutboundSender sender = senders.get(m.channel());
      if (!claimOutlasts(m, sender.longestCall(m.channel()))) {
        release(m);
        return;
      }
      r = sender.send(m);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return; // the claim expires and a later pass sends it
    } catch (RuntimeException e) {
      r = SendResult.retry("unexpected " + e.getClass().getSimpleName(), null);
    }
    if (r.outcome() != SendResult.Outcome.SENT) {
      metrics.failure(m.channel(), r.outcome(), r.error());
    }
    recordPatiently(m, r);
  }

  /** Whether the claim still has room for one provider call and the margin. */
  private boolean claimOutlasts(OutboxMessage m, Duration longestCall) {
    return !clock.instant().plus(longestCall).plus(claimMargin).isAfter(m.claimedUntil());
  }

  /**
   * Gives the row back unsent, its attempt not counted. If the row was claimed again meanwhile
   * (or the database is away) it is left alone: the newer claim, or the next claimer once this
   * claim has expired, sends it; this worker sends nothing, so nothing goes out twice.
   */
  private void release(OutboxMessage m) {
    boolean released;
    try {
      // Due again from when it was claimed: at once for every worker, whatever its clock says.
      released = store.release(m, m.claimedUntil().minus(claimTimeout), clock.instant());
    } catch (RuntimeException e) {
      if (!ConnectionFailures.unreachable(e)) {
        throw e;
      }
      released = false;
    }
    log.warn("outbox id={} key={} attempt={} not sent: its claim ends too soon for a send; {}",
        m.id(), m.idempotencyKey(), m.attempt(),
        released ? "back in the queue" : "left to the next claimer");
  }

  /**
   * Records the outcome, waiting out a database outage for as long as it lasts (an interrupt at
   * shutdown ends the wait). The worker's next pass waits for this one, so the row is not claimed
   * again meanwhile; past the claim another instance may take it over, and then the attempt
   * guard leaves its newer claim alone.
   */
  private void recordPatiently(OutboxMessage m, SendResult r) {
    long pauseMs = 200;
    boolean waited = false;
    while (true) {
      try {
        boolean recorded = record(m, r, clock.instant());
        if (waited) {
          log.info("outbox id={} key={}: database back, outcome {} {}", m.id(), m.idempotencyKey(),
              r.outcome(), recorded ? "recorded" : "not recorded: the row was claimed again");
        }
        return;
      } catch (RuntimeException e) {
        if (!ConnectionFailures.unreachable(e)) {
          throw e;
        }
        if (!waited) {
          log.warn("outbox id={} key={}: database unreachable, outcome {} kept until it is back{}",
              m.id(), m.idempotencyKey(), r.outcome(),
              clock.instant().isBefore(m.claimedUntil()) ? "" : " (the claim has expired)");
          waited = true;
        }
        try {
          Thread.sleep(pauseMs);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pauseMs = Math.min(pauseMs * 2, 2_000);
      }
    }
  }

  /** Records the outcome; false when the row was claimed again meanwhile (nothing written). */
  private boolean record(OutboxMessage m, SendResult r, Instant now) {
    boolean written;
    switch (r.outcome()) {
      case SENT -> {
        written = store.sent(m, r.providerMessageId(), now);
        log.info("outbox sent id={} key={} attempt={}", m.id(), m.idempotencyKey(), m.attempt());
      }
      case RETRY -> {
        if (m.attempt() >= maxAttempts) {
          written = store.finish(m, "dead", r.error(), now);
          log.warn("outbox dead-lettered id={} key={} after {} attempts: {}", m.id(),
              m.idempotencyKey(), m.attempt(), r.error());
        } else {
          Duration wait = backoff.after(m.attempt(), r.retryAfter());
          written = store.retry(m, r.error(), now.plus(wait), now);
          log.info("outbox retry id={} key={} attempt={} in {} ms: {}", m.id(), m.idempotencyKey(),
              m.attempt(), wait.toMillis(), r.error());
        }
      }
      case FAILED -> {
        written = store.finish(m, "failed", r.error(), now);
        log.warn("outbox failed id={} key={}: {}", m.id(), m.idempotencyKey(), r.error());
      }
      case OPTED_OUT -> {
        contacts.providerOptOut(m.channel(), m.address(), now);
        written = store.finish(m, "opted_out", r.error(), now);
        log.info("outbox recipient opted out id={} key={}: {}", m.id(), m.idempotencyKey(), r.error());
      }
      default -> throw new IllegalStateException("unknown outcome " + r.outcome());
    }
    return written;
  }
}
