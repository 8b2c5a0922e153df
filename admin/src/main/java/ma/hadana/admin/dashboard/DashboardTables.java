package ma.hadana.admin.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import org.springframework.stereotype.Component;

/** Every dashboard table as CSV, with codes rather than translated labels. */
@Component
class DashboardTables {

  /** The names of the downloads, {@code /dashboard/<name>.csv}. */
  static final List<String> NAMES = List.of("unmet", "search-regions", "weeks", "obstacles",
      "obstacle-regions", "areas", "languages", "channels", "supply", "verification");

  private static final int ALL_AREAS = 10_000;

  private final DemandQueries queries;
  private final Regions regions;
  private final Gazetteer gazetteer;

  DashboardTables(DemandQueries queries, Regions regions, Gazetteer gazetteer) {
    this.queries = queries;
    this.regions = regions;
    this.gazetteer = gazetteer;
  }

  /** The table called {@code name} over the last {@code weeks} weeks, if there is one. */
  Optional<Csv> csv(String name, int weeks) {
    return Optional.ofNullable(switch (name) {
      case "weeks" -> table(name, List.of("week", "searches", "obstacles", "not_understood",
          "human"), queries.weeks(weeks), w -> List.of(w.week().toString(), n(w.searches()),
          n(w.obstacles()), n(w.notUnderstood()), n(w.human())));
      case "unmet" -> table(name, List.of("commune", "arrondissement_id", "arrondissement",
          "no_result", "over_" + DemandQueries.FAR_METERS / 1000 + "_km", "nearest_full",
          "searches"), queries.areas(weeks, true, ALL_AREAS), a -> List.of(a.commune(),
          a.arrondissement(), placeName(a.arrondissement()), n(a.noResult()), n(a.far()),
          n(a.full()), n(a.searches())));
      case "search-regions" -> table(name, List.of("region", "searches", "no_result",
          "over_" + DemandQueries.FAR_METERS / 1000 + "_km", "nearest_full", "unmet"),
          regions.searches(queries.searchPlaces(weeks)), r -> List.of(r.region(),
          n(r.searches()), n(r.noResult()), n(r.far()), n(r.full()), n(r.unmet())));
      case "areas" -> table(name, List.of("commune", "arrondissement_id", "arrondissement",
          "searches", "obstacles", "not_understood"), queries.areas(weeks, false, ALL_AREAS),
          a -> List.of(a.commune(), a.arrondissement(), placeName(a.arrondissement()),
          n(a.searches()), n(a.obstacles()), n(a.notUnderstood())));
      case "obstacles" -> table(name, List.of("category", "obstacles"),
          queries.obstacles(weeks), c -> List.of(c.label(), n(c.count())));
      case "obstacle-regions" -> table(name, List.of("category", "region", "obstacles"),
          regions.obstacles(queries.obstaclePlaces(weeks)),
          c -> List.of(c.category(), c.region(), n(c.count())));
      case "languages", "channels" -> table(name,
          List.of(name.equals("languages") ? "language" : "channel", "searches", "events"),
          queries.shares(name.equals("languages") ? "language" : "channel", weeks),
          s -> List.of(s.label(), n(s.searches()), n(s.events())));
      case "supply" -> table(name, List.of("region", "type", "active"), queries.supply(),
          c -> List.of(c.label(), c.detail(), n(c.count())));
      case "verification" -> table(name, List.of("type", "under_6_months", "6_to_12_months",
          "over_12_months", "never"), queries.verification(), v -> List.of(v.type(),
          n(v.underSix()), n(v.sixToTwelve()), n(v.overTwelve()), n(v.never())));
      default -> null;
    });
  }

  /** The gazetteer name of an arrondissement id (events store ids only); empty for none. */
  String placeName(String id) {
    return id.isEmpty() ? "" : gazetteer.byId(id).map(Place::name).orElse(id);
  }

  private static <T> Csv table(String name, List<String> header, List<T> rows,
      Function<T, List<String>> cells) {
    return new Csv(name + ".csv", header, rows.stream().map(cells).toList());
  }

  private static String n(long v) {
    return Long.toString(v);
  }
}
