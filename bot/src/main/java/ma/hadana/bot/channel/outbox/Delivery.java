package ma.hadana.bot.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
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
 * may take it and send it too. Whatever fails before the provider is called (the database away
 * during the opt-out check, say) gives the row back too, due after a backoff: it is no attempt,
 * and a row never sent is never dead-lettered. On the last attempt the row is marked, under its
 * claim, just before the provider call ({@link OutboxStore#calling}); if the mark cannot be made
 * nothing is sent, so a last-attempt claim that expires unmarked is known unsent and is queued
 * again by whichever worker finds it, not dead-lettered. Logs
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
    OutboundSender sender;
    boolean outlasts;
    boolean owned = true;
    try {
      if (!m.confirmsOptOut() && contacts.optedOut(m.channel(), m.address())) {
        store.finish(m, "opted_out", "recipient opted out", clock.instant());
        log.info("outbox skipped id={} key={}: recipient opted out", m.id(), m.idempotencyKey());
        return;
      }
      pacers.get(m.channel()).acquire();
      sender = senders.get(m.channel());
      outlasts = claimOutlasts(m, sender.longestCall(m.channel()));
      if (outlasts && m.attempt() >= maxAttempts) {
        owned = store.calling(m); // the last moment the database is needed before the call
      }
    } catch (InterruptedException e) {
      giveBackAtShutdown(m);
      return;
    } catch (RuntimeException e) {
      // Nothing went to the provider: not an attempt, never a dead letter; due again after a backoff.
      if (ConnectionFailures.unreachable(e)) {
        log.warn("outbox id={} key={} attempt={} not sent: database unreachable before the send ({})",
            m.id(), m.idempotencyKey(), m.attempt(), e.getClass().getSimpleName());
      } else {
        log.warn("outbox id={} key={} attempt={} not sent: failed before the send", m.id(),
            m.idempotencyKey(), m.attempt(), e);
      }
      giveBack(m, now -> now.plus(backoff.after(m.attempt(), null)));
      return;
    }
    if (!outlasts) {
      log.warn("outbox id={} key={} attempt={} not sent: its claim ends too soon for a send",
          m.id(), m.idempotencyKey(), m.attempt());
      // Due again from when it was claimed: at once for every worker, whatever its clock says.
      giveBack(m, now -> m.claimedUntil().minus(claimTimeout));
      return;
    }
    if (!owned) {
      log.info("outbox id={} key={} attempt={} not sent: no longer under its claim (taken over or gone)",
          m.id(), m.idempotencyKey(), m.attempt());
      return;
    }
    SendResult r;
    try {
      r = sender.send(m);
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
   * Gives the row back unsent, its attempt not counted, due at {@code due} (given the moment the
   * database takes it), waiting out a database outage: left claimed, the attempt would count and
   * the last one would be dead-lettered unsent. If the row was claimed again meanwhile it is left
   * alone: the newer claim sends it; this worker sends nothing, so nothing goes out twice.
   */
  private void giveBack(OutboxMessage m, UnaryOperator<Instant> due) {
    boolean released = patiently(m, "giving the row back", () -> {
      Instant now = clock.instant();
      return store.release(m, due.apply(now), now);
    });
    log.info("outbox id={} key={} attempt={} {}", m.id(), m.idempotencyKey(), m.attempt(),
        released ? "back in the queue, attempt not counted" : "claimed again meanwhile: left to that claim");
  }

  /**
   * Interrupted before the send (the worker is stopping): one try at giving the row back due at
   * once; if the database is away too, the claim expires and a later pass sends it.
   */
  private void giveBackAtShutdown(OutboxMessage m) {
    Thread.interrupted(); // a pooled connection cannot be had by an interrupted thread
    try {
      store.release(m, m.claimedUntil().minus(claimTimeout), clock.instant());
    } catch (RuntimeException e) {
      if (!ConnectionFailures.unreachable(e)) {
        throw e;
      }
      log.warn("outbox id={} key={}: stopping before the send, database unreachable; the claim"
          + " will expire", m.id(), m.idempotencyKey());
    } finally {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Records the outcome, waiting out a database outage for as long as it lasts. The worker's
   * next pass waits for this one, so the row is not claimed again meanwhile; past the claim
   * another instance may take it over, and then the attempt guard leaves its newer claim alone.
   */
  private void recordPatiently(OutboxMessage m, SendResult r) {
    patiently(m, "recording outcome " + r.outcome(), () -> record(m, r, clock.instant()));
  }

  /**
   * Runs {@code write} until the database takes it, pausing while it is unreachable (an
   * interrupt at shutdown ends the wait); returns what {@code write} returned: false when the
   * row was claimed again meanwhile (nothing written).
   */
  private boolean patiently(OutboxMessage m, String what, BooleanSupplier write) {
    long pauseMs = 200;
    boolean waited = false;
    while (true) {
      try {
        boolean written = write.getAsBoolean();
        if (waited) {
          log.info("outbox id={} key={}: database back, {} {}", m.id(), m.idempotencyKey(), what,
              written ? "done" : "skipped: the row was claimed again");
        }
        return written;
      } catch (RuntimeException e) {
        if (!ConnectionFailures.unreachable(e)) {
          throw e;
        }
        if (!waited) {
          log.warn("outbox id={} key={}: database unreachable, {} waits until it is back{}",
              m.id(), m.idempotencyKey(), what,
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
