package ma.hadana.registry.search;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What a family needs from a crèche. A criterion left unset (null or false) does not filter:
 * {@code free=false} means "any fee", not "paid only".
 *
 * @param ageMonths the child's age in months; accepted when {@code ageMin ≤ age ≤ ageMax}
 * @param free only listings with a monthly fee of 0
 * @param publicOnly only listings run by the state ({@code type=public})
 * @param undocumented only listings known to accept children without papers ({@code yes})
 * @param placesAvailable only listings with at least one free place
 * @param openDay with {@code openTime}: only listings open at that moment of the week
 * @param openTime with {@code openDay}: only listings open at that moment of the week
 * @param openSaturday only listings open at some time on Saturday
 * @param specialNeeds only listings that accept children with special needs
 * @param meals only listings that provide meals
 */
public record SearchFilters(
    Integer ageMonths,
    boolean free,
    boolean publicOnly,
    boolean undocumented,
    boolean placesAvailable,
    DayOfWeek openDay,
    LocalTime openTime,
    boolean openSaturday,
    boolean specialNeeds,
    boolean meals) {

  /** No criterion: every active listing matches. */
  public static final SearchFilters NONE =
      new SearchFilters(null, false, false, false, false, null, null, false, false, false);

  public SearchFilters {
    if (ageMonths != null && ageMonths < 0) {
      throw new IllegalArgumentException("age in months must not be negative: " + ageMonths);
    }
    if ((openDay == null) != (openTime == null)) {
      throw new IllegalArgumentException("openDay and openTime go together");
    }
  }

  /** These filters for a child of this age in months (null: any age). */
  public SearchFilters withAgeMonths(Integer months) {
    return new SearchFilters(
        months, free, publicOnly, undocumented, placesAvailable, openDay, openTime, openSaturday, specialNeeds, meals);
  }

  /** These filters, free listings only or not. */
  public SearchFilters withFree(boolean only) {
    return new SearchFilters(
        ageMonths, only, publicOnly, undocumented, placesAvailable, openDay, openTime,
        openSaturday, specialNeeds, meals);
  }

  /** These filters, public listings only or not. */
  public SearchFilters withPublicOnly(boolean only) {
    return new SearchFilters(
        ageMonths, free, only, undocumented, placesAvailable, openDay, openTime, openSaturday, specialNeeds, meals);
  }

  /** These filters, listings accepting undocumented children only or not. */
  public SearchFilters withUndocumented(boolean only) {
    return new SearchFilters(
        ageMonths, free, publicOnly, only, placesAvailable, openDay, openTime, openSaturday, specialNeeds, meals);
  }

  /** These filters, listings with free places only or not. */
  public SearchFilters withPlacesAvailable(boolean only) {
    return new SearchFilters(
        ageMonths, free, publicOnly, undocumented, only, openDay, openTime, openSaturday, specialNeeds, meals);
  }

  /** These filters, listings open at this moment of the week only (nulls: any time). */
  public SearchFilters withOpenAt(DayOfWeek day, LocalTime time) {
    return new SearchFilters(
        ageMonths, free, publicOnly, undocumented, placesAvailable, day, time, openSaturday, specialNeeds, meals);
  }

  /** These filters, listings open on Saturday only or not. */
  public SearchFilters withOpenSaturday(boolean only) {
    return new SearchFilters(
        ageMonths, free, publicOnly, undocumented, placesAvailable, openDay, openTime, only, specialNeeds, meals);
  }

  /** These filters, listings accepting children with special needs only or not. */
  public SearchFilters withSpecialNeeds(boolean only) {
    return new SearchFilters(ageMonths, free, publicOnly, undocumented, placesAvailable, openDay,
        openTime, openSaturday, only, meals);
  }

  /** These filters, listings providing meals only or not. */
  public SearchFilters withMeals(boolean only) {
    return new SearchFilters(ageMonths, free, publicOnly, undocumented, placesAvailable, openDay,
        openTime, openSaturday, specialNeeds, only);
  }
}
