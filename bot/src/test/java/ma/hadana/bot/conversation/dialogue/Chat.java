package ma.hadana.bot.conversation.dialogue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.registry.geo.GeoPoint;

/** A test sender talking to the real conversation core: one fresh sender per instance. */
final class Chat {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private final Conversation conversation;
  private final Channel channel;
  private final String sender;

  Chat(Conversation conversation, Channel channel) {
    this.conversation = conversation;
    this.channel = channel;
    this.sender = "test-sender-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
  }

  /** The sender key this chat uses. */
  String sender() {
    return sender;
  }

  /** Sends a text and returns the turn. */
  Turn say(String text) {
    return conversation.handle(new InboundMessage(channel, sender, text, null, Instant.now()));
  }

  /** Sends a text as a family's message from {@code address}, as a channel would. */
  Turn sayFrom(String address, String text) {
    return conversation.handle(new InboundMessage(channel, sender, text, null, Instant.now(), address));
  }

  /** Shares a position, as Telegram does. */
  Turn share(double lat, double lon) {
    return conversation.handle(
        new InboundMessage(channel, sender, "", new GeoPoint(lat, lon), Instant.now()));
  }

  /** The text of the last reply of a turn. */
  static String last(Turn t) {
    return t.replies().get(t.replies().size() - 1).text();
  }
}
