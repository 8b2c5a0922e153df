package ma.hadana.bot.conversation.place;

import java.util.List;
import ma.hadana.registry.gazetteer.Place;

/** What a message says about where the family looks: one place, a choice to ask, or nothing. */
public sealed interface PlaceResolution {

  /**
   * One place. Its {@link Place#point()} may be a centroid of a bigger area: read
   * {@link Place#coordPrecision()} before trusting distances.
   */
  record Resolved(Place place) implements PlaceResolution {}

  /**
   * The same name in several cities: ask "{@code name}: 1 {@code label} 2 {@code label}...".
   *
   * @param name the name as the data writes it, for the question
   * @param candidates one place per city, the most likely first
   */
  record Ambiguous(String name, List<PlaceCandidate> candidates) implements PlaceResolution {

    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** No place named. */
  record NotFound() implements PlaceResolution {}
}
