package ma.hadana.registry.gazetteer;

import java.util.Locale;

/** What a gazetteer row's coordinates really are (column {@code coord_precision}). */
public enum CoordPrecision {
  /** A point of the place itself (Who's On First). */
  POINT(4),
  /** A GeoNames populated-place point. */
  GEONAMES_POINT(4),
  /** The centroid of an arrondissement polygon, standing for the place when it is smaller. */
  ARRONDISSEMENT_CENTROID(3),
  /** The centroid of a commune boundary, standing for the place when it is smaller. */
  COMMUNE_CENTROID(2),
  /** The point of the seat town of a province or prefecture. */
  SEAT_CITY(1),
  /** The point of the capital of a region. */
  REGIONAL_CAPITAL(1),
  /** No coordinates. */
  NONE(0);

  private final int rank;

  CoordPrecision(int rank) {
    this.rank = rank;
  }

  /** Higher is more precise; equal ranks are as good as each other. */
  public int rank() {
    return rank;
  }

  /** The precision named by the gazetteer's {@code coord_precision} column. */
  public static CoordPrecision of(String csvValue) {
    return csvValue == null || csvValue.isBlank()
        ? NONE
        : valueOf(csvValue.trim().toUpperCase(Locale.ROOT));
  }

  /** The value used in the gazetteer and the API ({@code arrondissement_centroid}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
