package ma.hadana.bot.conversation.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.Set;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Finder;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.NearbyHit;
import ma.hadana.registry.search.NearbyResult;
import ma.hadana.registry.search.SearchFilters;
import org.springframework.stereotype.Component;

/** The dialogue's search port over the registry's in-memory index. */
@Component
class RegistryFinder implements Finder {

  private final CrecheSearch search;
  private final CrecheRepository repository;
  private final Timer latency;

  RegistryFinder(CrecheSearch search, CrecheRepository repository, MeterRegistry registry) {
    this.search = search;
    this.repository = repository;
    this.latency = Timer.builder("hadana.search")
        .description("Nearby searches in the in-memory index")
        .publishPercentileHistogram()
        .register(registry);
  }

  @Override
  public Found nearby(GeoPoint point, int limit, Integer ageMonths, Set<Filter> filters) {
    NearbyResult r = latency.record(() -> search.nearby(point, limit, filters(ageMonths, filters)));
    return new Found(r.radiusMeters(),
        r.hits().stream().map(h -> new Hit(h.creche(), h.distanceMeters())).toList());
  }

  @Override
  public Optional<Creche> byId(String id) {
    Optional<Creche> indexed = search.listing(id);
    return indexed.isPresent() ? indexed : repository.findById(id).map(s -> s.creche());
  }

  static SearchFilters filters(Integer ageMonths, Set<Filter> filters) {
    return SearchFilters.NONE
        .withAgeMonths(ageMonths == null || ageMonths < 0 ? null : ageMonths)
        .withFree(filters.contains(Filter.FREE))
        .withPublicOnly(filters.contains(Filter.PUBLIC))
        .withUndocumented(filters.contains(Filter.ACCEPTS_UNDOCUMENTED))
        .withPlacesAvailable(filters.contains(Filter.PLACES_AVAILABLE))
        .withOpenSaturday(filters.contains(Filter.OPEN_SATURDAY))
        .withSpecialNeeds(filters.contains(Filter.SPECIAL_NEEDS))
        .withMeals(filters.contains(Filter.MEALS));
  }
}
