package ma.hadana.bot.referral;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.privacy.SenderKeys;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the console does with referrals: record one and queue the family's message in the same
 * transaction (the bot's outbox workers send it), and follow its status up.
 */
@Service
public class Referrals {

  private static final int CODE_DRAWS = 8;

  private final ReferralStore store;
  private final ReferralMessage message;
  private final Outbox outbox;
  private final SenderKeys keys;
  private final CrecheRepository creches;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Referrals(ReferralStore store, ReferralMessage message, Outbox outbox, SenderKeys keys,
      CrecheRepository creches, TransactionTemplate tx, Clock clock) {
    this.store = store;
    this.message = message;
    this.outbox = outbox;
    this.keys = keys;
    this.creches = creches;
    this.tx = tx;
    this.clock = clock;
  }

  /** The idempotency key of the outbox message a referral sends. */
  public static String outboxKey(long referralId) {
    return "referral:" + referralId;
  }

  /**
   * Records a referral with a fresh code and, when it has a channel, queues the crèche's details
   * for the family in its language, in one transaction.
   *
   * @throws IllegalArgumentException when the listing does not exist or is not active
   */
  public Referral create(NewReferral r) {
    Creche creche = creches.findById(r.crecheId()).map(StoredCreche::creche)
        .filter(Creche::active)
        .orElseThrow(() -> new IllegalArgumentException("no active listing " + r.crecheId()));
    return tx.execute(status -> {
      Instant now = clock.instant();
      String senderKey = r.channel() == null ? null : keys.keyOf(r.channel().code(), r.address());
      long id = insert(r, senderKey, now);
      store.history(id, ReferralStatus.SENT, null, r.createdBy(), now);
      Referral referral = store.find(id).orElseThrow();
      if (r.channel() != null) {
        outbox.enqueue(r.channel(), r.address(),
            message.sent(r.channel(), r.variant(), creche, referral.code()), outboxKey(id));
      }
      return referral;
    });
  }

  private long insert(NewReferral r, String senderKey, Instant now) {
    for (int i = 0; i < CODE_DRAWS; i++) {
      Optional<Long> id = store.insert(ReferralCode.generate(random), r, senderKey, now);
      if (id.isPresent()) {
        return id.get();
      }
    }
    throw new IllegalStateException("no free referral code after " + CODE_DRAWS + " draws");
  }

  /** One referral. */
  public Optional<Referral> find(long id) {
    return store.find(id);
  }

  /**
   * Moves a referral to a status and records who did it; the obstacle is kept only for a refusal
   * (OTHER when none is given). A finished referral drops the family's address. False when there
   * is no such referral.
   */
  public boolean updateStatus(long id, ReferralStatus status, Obstacle obstacle, long by) {
    Obstacle o = status == ReferralStatus.REFUSED ? (obstacle == null ? Obstacle.OTHER : obstacle)
        : null;
    return Boolean.TRUE.equals(tx.execute(s -> {
      Instant now = clock.instant();
      if (!store.status(id, status, o, now)) {
        return false;
      }
      store.history(id, status, o, by, now);
      return true;
    }));
  }
}
