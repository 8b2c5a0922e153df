package ma.hadana.bot.conversation;

/** Who sent a message, as stored: a channel code and the sender's keyed hash. */
public record Sender(String channel, String key) {

  /** The sender of {@code m}. */
  public static Sender of(InboundMessage m) {
    return new Sender(m.channel().code(), m.senderKey());
  }
}
