package ma.hadana.registry.creche;

import java.time.LocalDate;
import java.util.List;

/**
 * One crèche listing, field for field the registry CSV format (docs/registry-format.md).
 * Optional numbers and flags are null when the registry does not know them.
 */
public record Creche(
    String id,
    String name,
    String nameAr,
    CrecheType type,
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
    Undocumented acceptsUndocumented,
    List<String> documentsRequired,
    Boolean specialNeeds,
    LocalDate lastVerified,
    CrecheStatus status,
    String notes) {

  public Creche {
    languages = languages == null ? List.of() : List.copyOf(languages);
    documentsRequired = documentsRequired == null ? List.of() : List.copyOf(documentsRequired);
    acceptsUndocumented = acceptsUndocumented == null ? Undocumented.UNKNOWN : acceptsUndocumented;
    status = status == null ? CrecheStatus.ACTIVE : status;
  }

  /** True when the listing is open to new searches. */
  public boolean active() {
    return status == CrecheStatus.ACTIVE;
  }

  /** True when a child of this age in months is accepted. */
  public boolean acceptsAge(int months) {
    return months >= ageMinMonths && months <= ageMaxMonths;
  }

  /** True when the listing charges nothing per month. */
  public boolean free() {
    return monthlyFeeMad != null && monthlyFeeMad == 0;
  }

  /** The same listing with another status. */
  public Creche withStatus(CrecheStatus newStatus) {
    return new Creche(
        id, name, nameAr, type, operator, region, province, commune, arrondissement, neighbourhood,
        address, lat, lon, phone, ageMinMonths, ageMaxMonths, capacity, placesAvailable,
        monthlyFeeMad, openingHours, languages, meals, acceptsUndocumented, documentsRequired,
        specialNeeds, lastVerified, newStatus, notes);
  }
}
