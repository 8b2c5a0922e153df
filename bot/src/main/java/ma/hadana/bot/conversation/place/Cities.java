package ma.hadana.bot.conversation.place;

import java.util.Objects;
import java.util.Optional;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceKind;

/** Which city a place belongs to, and whether it lies within a named town or area. */
final class Cities {

  private final Gazetteer gazetteer;

  Cities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Key shared by the places of one city; a commune or town is its own city. */
  String key(Place p) {
    if (p.kind().administrative()) {
      return "adm:" + p.id();
    }
    if (p.kind().settlement()) {
      return "set:" + p.id();
    }
    return "city:" + p.provinceCode() + ":" + p.city();
  }

  /** The commune (or town) a place lies in, itself for a commune or town. */
  Optional<Place> commune(Place p) {
    if (p.kind().settlement()) {
      return Optional.of(p);
    }
    return gazetteer.enclosing(p, PlaceKind.COMMUNE);
  }

  /** Population of the place's city, 0 when unknown, for ordering candidates. */
  long cityPopulation(Place p) {
    if (p.kind().administrative()) {
      return 0;
    }
    return commune(p).map(Place::populationOrZero).orElse(0L);
  }

  /** What tells the place apart in a question: its city, or for a town its province. */
  String label(Place p) {
    if (p.kind().settlement() || p.kind().administrative()) {
      return p.province() != null ? p.province() : p.name();
    }
    return p.city() != null ? p.city() : p.name();
  }

  /**
   * True when {@code p} lies in {@code area}: same city or under it for a commune or town
   * (a commune of the same prefecture counts, "Tamansourt, Marrakech"), same province for a
   * province or prefecture, same region for a region.
   */
  boolean within(Place p, Place area) {
    if (p.id().equals(area.id())) {
      return true;
    }
    switch (area.kind()) {
      case REGION:
        return Objects.equals(p.regionCode(), area.regionCode());
      case PROVINCE:
      case PREFECTURE:
        return Objects.equals(p.provinceCode(), area.provinceCode());
      case COMMUNE:
      case CITY:
        if (p.kind().settlement()) {
          return Objects.equals(p.provinceCode(), area.provinceCode());
        }
        return !p.kind().administrative()
            && (Objects.equals(p.city(), area.city())
                    && Objects.equals(p.provinceCode(), area.provinceCode())
                || gazetteer.ancestors(p).stream().anyMatch(a -> a.id().equals(area.id())));
      default:
        return gazetteer.ancestors(p).stream().anyMatch(a -> a.id().equals(area.id()));
    }
  }
}
