package ma.hadana.bot.conversation;

import java.time.Instant;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One message from a family, whatever the channel: the sender only as a keyed hash, the text as
 * written, and a position when the channel shared one (Telegram location or venue).
 */
public record InboundMessage(
    Channel channel, String senderKey, String text, GeoPoint location, Instant receivedAt) {

  public InboundMessage {
    text = text == null ? "" : text;
  }
}
