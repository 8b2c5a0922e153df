package ma.hadana.bot.conversation;

import java.util.List;
import java.util.Set;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.geo.GeoPoint;

/** Finds the nearest suitable crèches in the registry; never invents one. */
public interface Finder {

  /** Up to {@code limit} active listings nearest to {@code point} meeting the criteria. */
  Found nearby(GeoPoint point, int limit, Integer ageMonths, Set<Filter> filters);

  /** One listing by id, whatever its status. */
  java.util.Optional<Creche> byId(String id);

  /** Nearest listings, nearest first, and the radius (metres) that was searched. */
  record Found(int radiusMeters, List<Hit> hits) {}

  /** One listing and its great-circle distance in metres. */
  record Hit(Creche creche, double distanceMeters) {}
}
