package ma.hadana.bot.api.creches;

import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.search.NearbyHit;

/** JSON of one listing in a {@code /nearby} answer; the distance is rounded to the metre. */
record NearbyListing(
    String id,
    String name,
    String nameAr,
    String type,
    double lat,
    double lon,
    long distanceMeters,
    int ageMinMonths,
    int ageMaxMonths,
    Integer monthlyFeeMad,
    Integer placesAvailable,
    String phone,
    String address,
    String lastVerified) {

  static NearbyListing of(NearbyHit hit) {
    Creche c = hit.creche();
    return new NearbyListing(
        c.id(), c.name(), c.nameAr(), c.type().code(), c.lat(), c.lon(),
        Math.round(hit.distanceMeters()), c.ageMinMonths(), c.ageMaxMonths(), c.monthlyFeeMad(),
        c.placesAvailable(), c.phone(), c.address(),
        c.lastVerified() == null ? null : c.lastVerified().toString());
  }
}
