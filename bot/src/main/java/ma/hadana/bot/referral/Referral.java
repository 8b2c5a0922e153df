package ma.hadana.bot.referral;

import java.time.Instant;
import java.util.Set;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.reply.ReplyVariant;

/**
 * A stored referral as the console shows it; the family's address and sender key never leave
 * storage, only whether the referral still holds an address and whether the family linked it.
 */
public record Referral(long id, String code, String crecheId, long createdBy, Channel channel,
    boolean holdsAddress, boolean linked, ReplyVariant variant, Integer childAgeMonths,
    Set<Need> needs, String note, ReferralStatus status, Obstacle obstacle, Instant createdAt,
    Instant updatedAt) {

  public Referral {
    needs = needs == null ? Set.of() : Set.copyOf(needs);
  }
}
