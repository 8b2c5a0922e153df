package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hadana.registry.gazetteer.IndexedName;
import ma.hadana.registry.gazetteer.Place;

/**
 * Groups the places a name may mean by city and picks one per city: one group resolves, several
 * make a numbered question, the biggest city first.
 */
final class Grouping {

  /** Most answers in one question (SMS screens are small). */
  static final int MAX_CANDIDATES = 9;

  /** Two rows closer than this are the same spot (a commune row duplicating a quarter). */
  private static final double SAME_SPOT_M = 300;

  /**
   * Within one city: full names before alternative names before names missing their number,
   * then the most precise coordinates (a quarter on the city's centroid loses to its
   * arrondissement), then a quarter of a known unit before one of the city-wide postcode list,
   * then the most specific kind, then the biggest, then by id.
   */
  static final Comparator<IndexedName> BEST =
      Comparator.comparingInt(IndexedName::rank)
          .thenComparing((IndexedName n) -> -n.place().coordPrecision().rank())
          .thenComparing((IndexedName n) -> cityWideList(n.place()))
          .thenComparing((IndexedName n) -> -n.place().kind().specificity())
          .thenComparing((IndexedName n) -> -n.place().populationOrZero())
          .thenComparing((IndexedName n) -> n.place().id());

  /** Postcode-list quarters filed under a whole city have ids like {@code nb:06.141.01.0:x}. */
  private static final Pattern CITY_WIDE = Pattern.compile("nb:\\d\\d\\.\\d{3}\\.\\d\\d\\.0:.*");

  private final Cities cities;

  Grouping(Cities cities) {
    this.cities = cities;
  }

  /**
   * One place, or a question. {@code oneCity}: the names are known to be in one town already.
   * {@code generic}: the message said "hay", "derb"... before the name; places whose names agree
   * with the message on that come first ("takaddoum" is Rabat's, not Casablanca's Derb Takadoum).
   */
  PlaceResolution decide(List<IndexedName> names, boolean oneCity, boolean generic) {
    if (names.isEmpty()) {
      return new PlaceResolution.NotFound();
    }
    Comparator<IndexedName> best = agreeing(generic).thenComparing(BEST);
    if (oneCity) {
      return new PlaceResolution.Resolved(names.stream().min(best).orElseThrow().place());
    }
    List<List<IndexedName>> groups = merge(groupByCity(names));
    if (groups.size() == 1) {
      return new PlaceResolution.Resolved(groups.get(0).stream().min(best).orElseThrow().place());
    }
    List<IndexedName> bestPerCity = new ArrayList<>();
    groups.forEach(g -> bestPerCity.add(g.stream().min(best).orElseThrow()));
    bestPerCity.sort(
        agreeing(generic)
            .thenComparingLong((IndexedName n) -> -cities.cityPopulation(n.place()))
            .thenComparing(BEST));
    return question(bestPerCity);
  }

  /** Names written like the message (with or without "hay" and co.) first. */
  private static Comparator<IndexedName> agreeing(boolean generic) {
    return Comparator.comparing((IndexedName n) -> generic ? !n.generic() : !n.plain());
  }

  private PlaceResolution question(List<IndexedName> best) {
    List<PlaceCandidate> candidates = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (IndexedName n : best.subList(0, Math.min(MAX_CANDIDATES, best.size()))) {
      String label = cities.label(n.place());
      if (!labels.add(label)) {
        label = n.place().name() + ", " + label;
      }
      candidates.add(new PlaceCandidate(n.place(), label));
    }
    return new PlaceResolution.Ambiguous(best.get(0).form(), candidates);
  }

  private static boolean cityWideList(Place p) {
    return CITY_WIDE.matcher(p.id()).matches();
  }

  private Map<String, List<IndexedName>> groupByCity(List<IndexedName> names) {
    Map<String, List<IndexedName>> groups = new LinkedHashMap<>();
    for (IndexedName n : names) {
      groups.computeIfAbsent(cities.key(n.place()), k -> new ArrayList<>()).add(n);
    }
    return groups;
  }

  /**
   * A province or prefecture joins the group of a town it holds ("Casablanca" the prefecture
   * and the commune); a commune row on the very spot of a quarter of another group joins it
   * (Boukhalef is both a Tanger quarter and an old commune).
   */
  private List<List<IndexedName>> merge(Map<String, List<IndexedName>> byCity) {
    List<List<IndexedName>> groups = new ArrayList<>(byCity.values());
    for (int i = groups.size() - 1; i >= 0; i--) {
      List<IndexedName> g = groups.get(i);
      Place p = g.get(0).place();
      for (int j = 0; j < groups.size(); j++) {
        if (j != i && absorbs(groups.get(j), p)) {
          groups.get(j).addAll(g);
          groups.remove(i);
          break;
        }
      }
    }
    return groups;
  }

  private boolean absorbs(List<IndexedName> group, Place p) {
    for (IndexedName n : group) {
      Place q = n.place();
      if (p.kind().administrative() && !q.kind().administrative() && cities.within(q, p)) {
        return true;
      }
      if (p.kind().settlement()
          && !q.kind().settlement()
          && !q.kind().administrative()
          && p.point() != null
          && q.point() != null
          && p.point().distanceMeters(q.point()) < SAME_SPOT_M) {
        return true;
      }
    }
    return false;
  }
}
