package ma.hadana.bot.api.places;

import java.util.List;
import ma.hadana.registry.gazetteer.Place;

/**
 * A gazetteer place as the public API shows it.
 *
 * @param lat latitude, {@code null} when the row has no coordinates
 * @param lon longitude, {@code null} when the row has no coordinates
 * @param coordPrecision what lat/lon really are ({@code point}, {@code arrondissement_centroid},
 *     {@code commune_centroid}, ...): most quarters carry the centroid of a bigger area
 * @param arrondissement the arrondissement the place lies in, when known (see {@link PlacesController})
 */
record PlaceView(
    String id,
    String kind,
    String name,
    String nameAr,
    List<String> altNames,
    Double lat,
    Double lon,
    String coordPrecision,
    String city,
    String province,
    String region,
    String parentId,
    Long population,
    ArrondissementRef arrondissement) {

  /** The arrondissement's id and names. */
  record ArrondissementRef(String id, String name, String nameAr) {

    static ArrondissementRef of(Place p) {
      return new ArrondissementRef(p.id(), p.name(), p.nameAr());
    }
  }

  static PlaceView of(Place p, Place arrondissement) {
    return new PlaceView(
        p.id(),
        p.kind().code(),
        p.name(),
        p.nameAr(),
        p.altNames(),
        p.point() == null ? null : p.point().lat(),
        p.point() == null ? null : p.point().lon(),
        p.coordPrecision().code(),
        p.city(),
        p.province(),
        p.region(),
        p.parentId(),
        p.population(),
        arrondissement == null ? null : ArrondissementRef.of(arrondissement));
  }
}
