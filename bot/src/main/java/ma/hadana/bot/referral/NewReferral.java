package ma.hadana.bot.referral;

import java.util.Set;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.reply.ReplyVariant;

/**
 * What a worker fills in to refer a family.
 *
 * @param crecheId the listing the family is referred to
 * @param createdBy the console user referring
 * @param channel SMS or WhatsApp to message the family now; null when the family will follow a
 *     Telegram link or text the code (nothing is sent until they do)
 * @param address the family's number in E.164 when {@code channel} is set, else null
 * @param variant the family's language (and Darija script)
 * @param childAgeMonths the child's age in months, or null
 * @param needs what the family needs
 * @param note a short free note on the needs (at most 200 characters), or null
 */
public record NewReferral(String crecheId, long createdBy, Channel channel, String address,
    ReplyVariant variant, Integer childAgeMonths, Set<Need> needs, String note) {

  public NewReferral {
    needs = needs == null ? Set.of() : Set.copyOf(needs);
    if ((channel == null) != (address == null) || channel == Channel.TELEGRAM) {
      throw new IllegalArgumentException("a referral is sent by SMS or WhatsApp to an address,"
          + " or waits for the family (no channel, no address)");
    }
    if (note != null && note.length() > 200) {
      throw new IllegalArgumentException("note longer than 200 characters");
    }
  }
}
