package ma.hadana.bot.conversation;

import java.time.Instant;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One message from a family, whatever the channel: the sender only as a keyed hash, the text as
 * written, and a position when the channel shared one (Telegram location or venue).
 *
 * @param replyTo the raw address a person would reply to (phone number, chat id) when the channel
 *     has one, else null: never stored, except in an open handover so the console can answer
 */
public record InboundMessage(Channel channel, String senderKey, String text, GeoPoint location,
    Instant receivedAt, String replyTo) {

  public InboundMessage {
    text = text == null ? "" : text;
  }

  /** A message with no address to reply to (simulator, command line, tests). */
  public InboundMessage(
      Channel channel, String senderKey, String text, GeoPoint location, Instant receivedAt) {
    this(channel, senderKey, text, location, receivedAt, null);
  }

  /**
   * True when a real family on a real channel sent it; false for the simulator and the terminal
   * chat, which have no address: nothing a person does (referrals, the inbox) may follow them.
   */
  public boolean fromFamily() {
    return replyTo != null;
  }
}
