package ma.hadana.bot.conversation;

import java.util.List;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One message Hadana sends back: its language tag (fr, ar, ary, ary-Latn, en), text, choices,
 * the SMS encoding and segment count it costs, and a venue to pin on a map when it has one.
 */
public record Reply(
    String language, String text, List<Choice> choices, String encoding, int segments, Venue venue) {

  /** A place to show on a map (Telegram sendVenue). */
  public record Venue(String title, String address, GeoPoint point) {}

  public Reply {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }
}
