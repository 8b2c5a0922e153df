package ma.hadana.bot.api.creches;

import java.util.List;
import ma.hadana.registry.creche.Creche;

/** JSON of {@code /creches/{id}}: every field of the registry format, codes in lower case. */
record ListingDetails(
    String id,
    String name,
    String nameAr,
    String type,
    String operator,
    String region,
    String province,
    String commune,
    String arrondissement,
    String neighbourhood,
    String address,
    double lat,
    double lon,
    String phone,
    int ageMinMonths,
    int ageMaxMonths,
    Integer capacity,
    Integer placesAvailable,
    Integer monthlyFeeMad,
    String openingHours,
    List<String> languages,
    Boolean meals,
    String acceptsUndocumented,
    List<String> documentsRequired,
    Boolean specialNeeds,
    String lastVerified,
    String status,
    String notes) {

  static ListingDetails of(Creche c) {
    return new ListingDetails(
        c.id(), c.name(), c.nameAr(), c.type().code(), c.operator(), c.region(), c.province(),
        c.commune(), c.arrondissement(), c.neighbourhood(), c.address(), c.lat(), c.lon(),
        c.phone(), c.ageMinMonths(), c.ageMaxMonths(), c.capacity(), c.placesAvailable(),
        c.monthlyFeeMad(), c.openingHours(), c.languages(), c.meals(),
        c.acceptsUndocumented().code(), c.documentsRequired(), c.specialNeeds(),
        c.lastVerified() == null ? null : c.lastVerified().toString(), c.status().code(),
        c.notes());
  }
}
