package ma.hadana.bot.channel.outbox;

import java.util.List;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.Reply.Venue;

/**
 * What one outbox row sends, channel-neutral (stored as JSON): a text with its choices, a venue
 * to pin on a map, or the acknowledgement of a Telegram button press. One row is one provider
 * call, so a retry never repeats a part that was already delivered.
 */
public record OutboundPayload(Kind kind, String text, List<Choice> choices, Venue venue,
    String callbackQueryId) {

  /** The kind of provider call. */
  public enum Kind {
    TEXT,
    VENUE,
    CALLBACK_ANSWER
  }

  public OutboundPayload {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** A message with optional choices (buttons where the channel has them). */
  public static OutboundPayload text(String text, List<Choice> choices) {
    return new OutboundPayload(Kind.TEXT, text, choices, null, null);
  }

  /** A place on a map. */
  public static OutboundPayload venue(Venue venue) {
    return new OutboundPayload(Kind.VENUE, null, List.of(), venue, null);
  }

  /** Stops the spinner on a pressed Telegram button. */
  public static OutboundPayload callbackAnswer(String callbackQueryId) {
    return new OutboundPayload(Kind.CALLBACK_ANSWER, null, List.of(), null, callbackQueryId);
  }
}
