package ma.hadana.admin.referral;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.hadana.bot.referral.Need;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.gazetteer.IndexedName;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceIndex;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.NearbyHit;
import ma.hadana.registry.search.SearchFilters;
import org.springframework.stereotype.Component;

/**
 * Finds crèches for a family as the bot does: a place name resolved through the gazetteer, then
 * the nearest suitable listings with the bot's search; a text that names no place is looked up
 * as a listing name, commune or arrondissement instead.
 */
@Component
class ReferralSearch {

  static final int LIMIT = 8;

  /** A listing to offer, with its distance from the place when the search was by place. */
  record Option(Creche creche, Long meters) {}

  /** The place found (null when the text named none) and the listings to offer. */
  record Outcome(Place place, List<Option> options) {}

  private final PlaceIndex places;
  private final CrecheSearch search;
  private final CrecheRepository creches;

  ReferralSearch(PlaceIndex places, CrecheSearch search, CrecheRepository creches) {
    this.places = places;
    this.search = search;
    this.creches = creches;
  }

  Outcome find(String text, Integer ageMonths, Set<Need> needs) {
    Optional<Place> place = place(text);
    if (place.isPresent() && search.loaded()) {
      List<Option> options = search.nearby(place.get().point(), LIMIT, filters(ageMonths, needs))
          .hits().stream().map(ReferralSearch::option).toList();
      return new Outcome(place.get(), options);
    }
    List<Option> options = creches.findByIds(creches.idsMatching(text)).stream()
        .map(StoredCreche::creche)
        .filter(Creche::active)
        .filter(c -> ageMonths == null || c.acceptsAge(ageMonths))
        .sorted(Comparator.comparing(Creche::name))
        .limit(LIMIT)
        .map(c -> new Option(c, null)).toList();
    return new Outcome(null, options);
  }

  /** The best place the text names exactly: full primary names first, then the most populous. */
  private Optional<Place> place(String text) {
    return places.lookup(text).stream()
        .filter(n -> n.place().point() != null)
        .sorted(Comparator.comparingInt(IndexedName::rank)
            .thenComparing(n -> -n.place().populationOrZero()))
        .map(IndexedName::place)
        .findFirst();
  }

  static SearchFilters filters(Integer ageMonths, Set<Need> needs) {
    SearchFilters f = SearchFilters.NONE.withAgeMonths(ageMonths);
    for (Need n : needs) {
      f = switch (n) {
        case SPECIAL_NEEDS -> f.withSpecialNeeds(true);
        case MEALS -> f.withMeals(true);
        case FREE -> f.withFree(true);
        case UNDOCUMENTED -> f.withUndocumented(true);
        case SATURDAY -> f.withOpenSaturday(true);
        case LONG_HOURS -> f;
      };
    }
    return f;
  }

  private static Option option(NearbyHit h) {
    return new Option(h.creche(), Math.round(h.distanceMeters()));
  }
}
