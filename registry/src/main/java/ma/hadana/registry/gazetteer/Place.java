package ma.hadana.registry.gazetteer;

import java.util.List;
import java.util.Optional;
import ma.hadana.registry.geo.GeoPoint;

/**
 * One row of the shipped Morocco gazetteer. Optional text columns are {@code null} when empty.
 *
 * @param id stable gazetteer id ({@code com:COM_0231}, {@code nb:06.141.01.03:val-fleuri}, ...)
 * @param kind region, province, prefecture, commune, city, arrondissement or neighbourhood
 * @param name French (Latin-script) name
 * @param nameAr Arabic name, when known
 * @param altNames other spellings from the sources
 * @param point coordinates, {@code null} for the 27 rows without any; see {@code coordPrecision}
 * @param coordPrecision what {@code point} really is (often a centroid of a bigger area)
 * @param regionCode HCP region code ({@code 06})
 * @param region region name
 * @param provinceCode HCP province or prefecture code ({@code 06.141})
 * @param province province or prefecture name
 * @param city city (commune) the place belongs to; for a commune, its own name
 * @param parentId id of the enclosing row, {@code null} for regions
 * @param hcpCode HCP code of the row itself, when it has one
 * @param population RGPH 2024 population, when known
 */
public record Place(
    String id,
    PlaceKind kind,
    String name,
    String nameAr,
    List<String> altNames,
    GeoPoint point,
    CoordPrecision coordPrecision,
    String regionCode,
    String region,
    String provinceCode,
    String province,
    String city,
    String parentId,
    String hcpCode,
    Long population) {

  public Place {
    altNames = List.copyOf(altNames);
  }

  /** The coordinates, when the row has any. */
  public Optional<GeoPoint> location() {
    return Optional.ofNullable(point);
  }

  /** Population, or 0 when unknown. */
  public long populationOrZero() {
    return population == null ? 0 : population;
  }
}
