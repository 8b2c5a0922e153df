package ma.hadana.bot.handover;

import java.time.Instant;

/**
 * One handover as the console's inbox lists it.
 *
 * @param id the handover's id
 * @param channel sms, whatsapp or telegram
 * @param language the family's reply variant: fr, ar, ary, ary-Latn or en
 * @param reason human, obstacle or not_understood
 * @param obstacle the obstacle category when the reason is obstacle, else null
 * @param state waiting, handed_over or closed
 * @param openedAt when it opened
 * @param lastMessageAt when the last message (either way) was written
 * @param takenBy the email of the social worker who has it, or null
 * @param replyable true when the family's address is known, so a reply can be sent
 */
public record InboxItem(long id, String channel, String language, String reason, String obstacle,
    String state, Instant openedAt, Instant lastMessageAt, String takenBy, boolean replyable) {

  /** True while the bot stays quiet on this conversation. */
  public boolean handedOver() {
    return HandoverStore.HANDED_OVER.equals(state);
  }

  /** True once closed. */
  public boolean closed() {
    return HandoverStore.CLOSED.equals(state);
  }
}
