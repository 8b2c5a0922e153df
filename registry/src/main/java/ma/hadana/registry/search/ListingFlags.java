package ma.hadana.registry.search;

import java.time.DayOfWeek;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;
import ma.hadana.registry.hours.OpeningHours;

/** The yes/no filters as bits, so that a listing passes them all with one mask test. */
final class ListingFlags {

  static final int FREE = 1;
  static final int PUBLIC = 1 << 1;
  static final int UNDOCUMENTED = 1 << 2;
  static final int PLACES = 1 << 3;
  static final int SATURDAY = 1 << 4;
  static final int SPECIAL_NEEDS = 1 << 5;
  static final int MEALS = 1 << 6;

  private ListingFlags() {}

  /** The bits a listing has; {@code hours} is its parsed opening hours, or null. */
  static int of(Creche c, OpeningHours hours) {
    int flags = 0;
    if (c.free()) {
      flags |= FREE;
    }
    if (c.type() == CrecheType.PUBLIC) {
      flags |= PUBLIC;
    }
    if (c.acceptsUndocumented() == Undocumented.YES) {
      flags |= UNDOCUMENTED;
    }
    if (c.placesAvailable() != null && c.placesAvailable() > 0) {
      flags |= PLACES;
    }
    if (hours != null && hours.isOpenOn(DayOfWeek.SATURDAY)) {
      flags |= SATURDAY;
    }
    if (Boolean.TRUE.equals(c.specialNeeds())) {
      flags |= SPECIAL_NEEDS;
    }
    if (Boolean.TRUE.equals(c.meals())) {
      flags |= MEALS;
    }
    return flags;
  }

  /** The bits a listing must have to pass these filters. */
  static int required(SearchFilters f) {
    return (f.free() ? FREE : 0)
        | (f.publicOnly() ? PUBLIC : 0)
        | (f.undocumented() ? UNDOCUMENTED : 0)
        | (f.placesAvailable() ? PLACES : 0)
        | (f.openSaturday() ? SATURDAY : 0)
        | (f.specialNeeds() ? SPECIAL_NEEDS : 0)
        | (f.meals() ? MEALS : 0);
  }
}
