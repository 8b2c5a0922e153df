package ma.hadana.admin.inbox;

import java.util.List;
import ma.hadana.bot.handover.Inbox;
import ma.hadana.bot.handover.Inbox.Outcome;
import ma.hadana.bot.referral.ReferralStatus;
import ma.hadana.bot.referral.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker's reply from the inbox, and what it means for the family's referrals: once a person
 * has written to them, a referral of that contact still {@code sent} is {@code contacted}, with
 * the worker and the time in its history, in the reply's transaction.
 */
@Service
class InboxReplies {

  private final Inbox inbox;
  private final Referrals referrals;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  InboxReplies(Inbox inbox, Referrals referrals, JdbcClient jdbc, TransactionTemplate tx) {
    this.inbox = inbox;
    this.referrals = referrals;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  Outcome reply(long handover, long user, String text) {
    return tx.execute(status -> {
      Outcome o = inbox.reply(handover, user, text);
      if (o == Outcome.DONE) {
        for (long referral : sentReferralsOf(handover)) {
          referrals.updateStatus(referral, ReferralStatus.CONTACTED, null, user);
        }
      }
      return o;
    });
  }

  /** The referrals of the handover's contact still in status sent, locked until the commit. */
  private List<Long> sentReferralsOf(long handover) {
    return jdbc.sql("SELECT r.id FROM referral r JOIN handover h"
            + " ON h.channel = r.channel AND h.sender_key = r.sender_key"
            + " WHERE h.id = ? AND r.status = 'sent' ORDER BY r.id FOR UPDATE OF r")
        .params(handover)
        .query(Long.class)
        .list();
  }
}
