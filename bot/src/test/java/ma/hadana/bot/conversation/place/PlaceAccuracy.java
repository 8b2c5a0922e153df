package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;

/**
 * Scores the resolver on labelled messages: right when it resolves to an accepted id or to a
 * point within 3 km of one; for a question, when its first candidate is right. Dialogue turns
 * answering a question go through {@code resolveChoice}; a resolved place is the next turn's
 * context.
 */
final class PlaceAccuracy {

  static final double NEAR_M = 3_000;

  /**
   * The score, the lines describing each miss, and how many messages naming no place were given
   * one anyway ({@code spurious} of {@code placeless}).
   */
  record Score(int right, int total, List<String> misses, int spurious, int placeless) {
    double ratio() {
      return total == 0 ? 0 : (double) right / total;
    }
  }

  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;

  PlaceAccuracy(Gazetteer gazetteer, PlaceResolver resolver) {
    this.gazetteer = gazetteer;
    this.resolver = resolver;
  }

  Score score(List<LabelledMessages.Labelled> messages) {
    int right = 0;
    int total = 0;
    int spurious = 0;
    int placeless = 0;
    List<String> misses = new ArrayList<>();
    Place context = null;
    List<PlaceCandidate> asked = List.of();
    for (LabelledMessages.Labelled m : messages) {
      if (m.turn() <= 1) {
        context = null;
        asked = List.of();
      }
      Optional<Place> answer = Optional.empty();
      Optional<Place> chosen = asked.isEmpty() ? Optional.empty() : resolver.resolveChoice(m.text(), asked);
      PlaceResolution r = null;
      if (chosen.isPresent()) {
        answer = chosen;
        asked = List.of();
      } else {
        r = resolver.resolve(m.text(), context);
        if (r instanceof PlaceResolution.Resolved res) {
          answer = Optional.of(res.place());
          asked = List.of();
        } else if (r instanceof PlaceResolution.Ambiguous amb) {
          answer = Optional.of(amb.candidates().get(0).place());
          asked = amb.candidates();
        }
      }
      if (r instanceof PlaceResolution.Resolved || chosen.isPresent()) {
        context = answer.get();
      }
      if (m.placeIds().isEmpty()) {
        placeless++;
        if (answer.isPresent() && chosen.isEmpty()) {
          spurious++;
          misses.add(m.id() + " \"" + m.text() + "\" -> spurious " + describe(r, chosen));
        }
        continue;
      }
      total++;
      if (answer.isPresent() && accepted(answer.get(), m.placeIds())) {
        right++;
      } else {
        misses.add(m.id() + (m.turn() > 0 ? "#" + m.turn() : "") + " \"" + m.text() + "\" -> "
            + describe(r, chosen) + " expected " + m.placeIds().subList(0, Math.min(3, m.placeIds().size())));
      }
    }
    return new Score(right, total, misses, spurious, placeless);
  }

  private boolean accepted(Place p, List<String> ids) {
    if (ids.contains(p.id())) {
      return true;
    }
    return p.point() != null
        && ids.stream()
            .map(gazetteer::byId)
            .flatMap(Optional::stream)
            .anyMatch(a -> a.point() != null && a.point().distanceMeters(p.point()) <= NEAR_M);
  }

  private static String describe(PlaceResolution r, Optional<Place> chosen) {
    if (chosen.isPresent()) {
      return "choice " + chosen.get().id();
    }
    if (r instanceof PlaceResolution.Resolved res) {
      return res.place().id();
    }
    if (r instanceof PlaceResolution.Ambiguous amb) {
      return "ambiguous " + amb.candidates().stream().limit(4).map(c -> c.place().id()).toList();
    }
    return "none";
  }
}
