package ma.hadana.bot.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.dialogue.ContactStore;
import ma.hadana.bot.conversation.limit.RateLimiter;
import ma.hadana.bot.referral.ReferralLinks;
import ma.hadana.bot.handover.Handovers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, on a schedule, what could identify a family once it is no longer needed: finished
 * outbox messages (raw addresses, bodies), inbound receipts, expired dialogues, rate-limit
 * windows, contacts not seen (an opted-out one keeps a bare opt-out row) and handovers closed
 * (with their exchange) for {@code HADANA_RETENTION_DAYS}; a handover idle that long is closed
 * first. Anonymous conversation events
 * are kept: they hold no sender and no text.
 */
@Service
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  /** How many rows one run deleted, per table. */
  record Purged(int outbox, int receipts, int dialogues, int contacts, int rateWindows,
      int referralAddresses, int handovers) {}

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final InboundReceipts receipts;
  private final ContactStore contacts;
  private final RateLimiter limiter;
  private final ReferralLinks referrals;
  private final Handovers handovers;
  private final TransactionTemplate tx;
  private final RetentionProperties props;
  private final Clock clock;

  Retention(JdbcClient jdbc, Outbox outbox, InboundReceipts receipts, ContactStore contacts,
      RateLimiter limiter, ReferralLinks referrals, Handovers handovers, TransactionTemplate tx,
      RetentionProperties props, Clock clock) {
    this.handovers = handovers;
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.receipts = receipts;
    this.contacts = contacts;
    this.limiter = limiter;
    this.referrals = referrals;
    this.tx = tx;
    this.props = props;
    this.clock = clock;
  }

  @Scheduled(cron = "${hadana.retention.cron:0 17 * * * *}")
  void scheduled() {
    purge(clock.instant());
  }

  /** Deletes everything older than the retention period as of {@code now}. */
  Purged purge(Instant now) {
    Instant before = now.minus(Duration.ofDays(props.days()));
    Purged p = tx.execute(status -> new Purged(
        outbox.purgeFinished(before),
        receipts.purge(before),
        jdbc.sql("DELETE FROM dialogue WHERE expires_at < ?").params(Timestamp.from(now)).update(),
        contacts.purge(before),
        limiter.purge(now),
        referrals.purgeAddresses(before),
        handovers.purge(before, now)));
    log.info("Retention ({} days): deleted outbox={} receipts={} dialogues={} contacts={}"
        + " rateWindows={} referralAddresses={} handovers={}", props.days(), p.outbox(),
        p.receipts(), p.dialogues(), p.contacts(), p.rateWindows(), p.referralAddresses(),
        p.handovers());
    return p;
  }
}
