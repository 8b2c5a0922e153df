package ma.hadana.registry.search;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.hours.OpeningHours;

/** The specification of a nearby search, written the slow and obvious way: scan everything. */
final class BruteForceSearch {

  private final List<Creche> listings;
  private final Map<String, OpeningHours> hoursById = new HashMap<>();

  BruteForceSearch(List<Creche> listings) {
    this.listings = listings;
    for (Creche c : listings) {
      String text = c.openingHours();
      if (text != null && OpeningHours.problem(text) == null) {
        hoursById.put(c.id(), OpeningHours.parse(text));
      }
    }
  }

  NearbyResult nearby(GeoPoint from, int limit, SearchFilters f) {
    List<NearbyHit> matching = new ArrayList<>();
    for (Creche c : listings) {
      if (c.active() && matches(c, f)) {
        matching.add(new NearbyHit(c, from.distanceMeters(new GeoPoint(c.lat(), c.lon()))));
      }
    }
    matching.sort(
        Comparator.comparingDouble(NearbyHit::distanceMeters)
            .thenComparing(h -> h.creche().id()));
    List<NearbyHit> within = List.of();
    for (int radius : List.of(2_000, 5_000, 10_000, 25_000)) {
      within = matching.stream().filter(h -> h.distanceMeters() <= radius).toList();
      if (within.size() >= limit) {
        return new NearbyResult(radius, within.subList(0, limit));
      }
    }
    return new NearbyResult(25_000, within);
  }

  private boolean matches(Creche c, SearchFilters f) {
    OpeningHours hours = hoursById.get(c.id());
    return (f.ageMonths() == null || c.acceptsAge(f.ageMonths()))
        && (!f.free() || (c.monthlyFeeMad() != null && c.monthlyFeeMad() == 0))
        && (!f.publicOnly() || c.type() == CrecheType.PUBLIC)
        && (!f.undocumented() || c.acceptsUndocumented() == Undocumented.YES)
        && (!f.placesAvailable() || (c.placesAvailable() != null && c.placesAvailable() > 0))
        && (f.openDay() == null || (hours != null && hours.isOpen(f.openDay(), f.openTime())))
        && (!f.openSaturday() || (hours != null && hours.isOpenOn(DayOfWeek.SATURDAY)))
        && (!f.specialNeeds() || Boolean.TRUE.equals(c.specialNeeds()))
        && (!f.meals() || Boolean.TRUE.equals(c.meals()));
  }
}
