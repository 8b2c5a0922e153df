package ma.hadana.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Resolves place names in messages to gazetteer places. */
public interface Places {

  /**
   * The place named in {@code text}; {@code contextPlaceId} (a place chosen earlier in the
   * dialogue, or null) narrows ambiguous names to its city.
   */
  PlaceMatch resolve(String text, String contextPlaceId);

  /** The candidate a reply to a numbered question picks ("1", "Salé"), if any. */
  Optional<PlaceRef> choose(String text, List<PlaceRef> candidates);

  /** A place by gazetteer id. */
  Optional<PlaceRef> byId(String id);

  /** The gazetteer id of the arrondissement holding a point, if any (for demand statistics). */
  Optional<String> arrondissementAt(ma.hadana.registry.geo.GeoPoint point);

  /** The result of resolving a message: one place, several candidates, or none. */
  record PlaceMatch(PlaceRef place, List<PlaceRef> candidates, String mention) {

    public PlaceMatch {
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** No place named. */
    public static PlaceMatch none() {
      return new PlaceMatch(null, List.of(), null);
    }

    /** True when one place was found. */
    public boolean resolved() {
      return place != null;
    }

    /** True when several places carry the name. */
    public boolean ambiguous() {
      return place == null && candidates.size() > 1;
    }
  }
}
