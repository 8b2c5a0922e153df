package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ma.hadana.registry.gazetteer.IndexedName;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceIndex;

/**
 * Turns the spans of a message into a {@link PlaceResolution}: a well-known town named in the
 * message (or else the dialogue's city) narrows the other spans; the most specific remaining
 * span wins; its places are grouped by city ({@link Grouping}).
 */
final class Interpreter {

  /** A town this big, or one people are known to name (an alias), frames the message. */
  static final long TOWN_POPULATION = 30_000;

  private final Cities cities;
  private final PlaceIndex index;
  private final Grouping grouping;

  Interpreter(Cities cities, PlaceIndex index) {
    this.cities = cities;
    this.index = index;
    this.grouping = new Grouping(cities);
  }

  PlaceResolution interpret(List<Span> spans, Place context) {
    List<Reading> readings = quartersNamedLikeTowns(spans.stream().map(this::read).toList());
    List<Reading> towns = readings.stream().filter(Reading::town).toList();
    List<Place> frames = new ArrayList<>();
    towns.forEach(t -> t.names().forEach(n -> frames.add(n.place())));
    boolean fromDialogue = frames.isEmpty() && context != null;
    if (fromDialogue) {
      frames.add(context);
    }
    List<Reading> places = new ArrayList<>();
    for (Reading r : readings) {
      if (r.town()) {
        continue;
      }
      List<IndexedName> inside = within(r.names(), frames);
      if (!inside.isEmpty()) {
        places.add(r.narrowTo(inside));
      } else if ((frames.isEmpty() || fromDialogue) && !r.span().loose()) {
        places.add(r);
      }
      // Otherwise the span names a place outside the town the message is about, or matched
      // only by its consonants with no town to check it against: ignore it.
    }
    if (!places.isEmpty()) {
      Reading focus = places.stream().min(FOCUS).orElseThrow();
      if (!focus.narrowed() && places.size() > 1) {
        focus = sharedCity(focus, places);
      }
      return grouping.decide(focus.names(), focus.narrowed(), focus.span().afterGeneric());
    }
    if (!towns.isEmpty()) {
      Reading smallest =
          towns.stream()
              .min(Comparator.comparingLong(t -> t.names().get(0).place().populationOrZero()))
              .orElseThrow();
      return grouping.decide(smallest.names(), false, false);
    }
    return new PlaceResolution.NotFound();
  }

  /** Narrowed first, then the longest span, then the fewest typos, then the last one. */
  private static final Comparator<Reading> FOCUS =
      Comparator.comparing((Reading r) -> !r.narrowed())
          .thenComparing(r -> -r.span().length())
          .thenComparingInt(r -> r.span().edits())
          .thenComparing(r -> -r.span().start());

  private List<IndexedName> within(List<IndexedName> names, List<Place> frames) {
    return names.stream()
        .filter(n -> frames.stream().anyMatch(f -> cities.within(n.place(), f)))
        .toList();
  }

  /**
   * With two towns named, one may be a quarter of the other ("اليوسفية الرباط" is Rabat's El
   * Youssoufia, not the town of Youssoufia): read it as that quarter.
   */
  private List<Reading> quartersNamedLikeTowns(List<Reading> readings) {
    List<Reading> towns = readings.stream().filter(Reading::town).toList();
    if (towns.size() < 2) {
      return readings;
    }
    List<Reading> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (r.town()) {
        List<Place> otherTowns = new ArrayList<>();
        towns.stream().filter(t -> t != r).forEach(t -> t.names().forEach(n -> otherTowns.add(n.place())));
        List<IndexedName> quarters =
            within(
                r.span().names().stream().filter(n -> !isTownLike(n.place())).toList(), otherTowns);
        if (!quarters.isEmpty()) {
          out.add(new Reading(r.span(), quarters, false, false));
          continue;
        }
      }
      out.add(r);
    }
    return out;
  }

  /** Two place names of one city ("Gauthier, Maârif"): keep the focus's places in that city. */
  private Reading sharedCity(Reading focus, List<Reading> places) {
    for (Reading other : places) {
      if (other == focus) {
        continue;
      }
      List<IndexedName> shared =
          focus.names().stream()
              .filter(
                  n ->
                      other.names().stream()
                          .anyMatch(o -> cities.key(o.place()).equals(cities.key(n.place()))))
              .toList();
      if (!shared.isEmpty()) {
        return focus.narrowTo(shared);
      }
    }
    return focus;
  }

  /**
   * A span names a town when it names, by its own name or an alias, a town of 30,000 people or
   * one people are known to name. A town reached only through the sources' alternative names
   * (Casablanca's GeoNames "Anfa") yields to a quarter of that name.
   */
  private Reading read(Span span) {
    List<IndexedName> all = span.names();
    boolean anyPrimary = all.stream().anyMatch(n -> n.source().primary() && !n.partial());
    List<IndexedName> names =
        all.stream().filter(n -> !(isTownLike(n.place()) && !n.source().primary() && anyPrimary)).toList();
    List<IndexedName> settlements = names.stream().filter(n -> isTownLike(n.place())).toList();
    if (span.afterGeneric() || settlements.isEmpty()) {
      return new Reading(span, names, false, false);
    }
    List<IndexedName> primary =
        settlements.stream().filter(n -> n.source().primary() && !n.partial()).toList();
    List<IndexedName> named = primary.isEmpty() ? settlements : primary;
    List<IndexedName> wellKnown = named.stream().filter(this::wellKnown).toList();
    if (wellKnown.isEmpty()) {
      return new Reading(span, names, false, false);
    }
    return new Reading(span, townsOf(wellKnown), true, false);
  }

  private boolean wellKnown(IndexedName n) {
    return index.isAliased(n.place().id()) || n.place().populationOrZero() >= TOWN_POPULATION;
  }

  private static boolean isTownLike(Place p) {
    return p.kind().settlement() || p.kind().administrative();
  }

  /** Communes and towns before the areas of the same name, the biggest first. */
  private static List<IndexedName> townsOf(List<IndexedName> named) {
    List<IndexedName> towns =
        new ArrayList<>(named.stream().filter(n -> n.place().kind().settlement()).toList());
    if (towns.isEmpty()) {
      towns.addAll(named);
    }
    towns.sort(Comparator.comparingLong((IndexedName n) -> -n.place().populationOrZero()));
    long top = towns.get(0).place().populationOrZero();
    if (towns.size() > 1 && top >= 10 * Math.max(1, towns.get(1).place().populationOrZero())) {
      return List.of(towns.get(0));
    }
    return List.copyOf(towns);
  }
}
