package ma.hadana.registry.gazetteer;

import java.util.Locale;

/** What a gazetteer row is, from the broadest area to the smallest quarter. */
public enum PlaceKind {
  REGION(0, false),
  PROVINCE(1, false),
  PREFECTURE(1, false),
  CITY(2, true),
  COMMUNE(2, true),
  ARRONDISSEMENT(3, false),
  NEIGHBOURHOOD(4, false);

  private final int specificity;
  private final boolean settlement;

  PlaceKind(int specificity, boolean settlement) {
    this.specificity = specificity;
    this.settlement = settlement;
  }

  /** Higher is smaller: neighbourhood 4, arrondissement 3, commune and city 2, province 1, region 0. */
  public int specificity() {
    return specificity;
  }

  /** True for a town or commune a person lives in (commune, or a GeoNames populated place). */
  public boolean settlement() {
    return settlement;
  }

  /** True for the areas above a commune (region, province, prefecture). */
  public boolean administrative() {
    return specificity < 2;
  }

  /** The kind named by the gazetteer's {@code kind} column. */
  public static PlaceKind of(String csvValue) {
    return valueOf(csvValue.trim().toUpperCase(Locale.ROOT));
  }

  /** The value used in the gazetteer and the API ({@code neighbourhood}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
