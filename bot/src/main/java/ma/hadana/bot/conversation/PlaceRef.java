package ma.hadana.bot.conversation;

/** A gazetteer place as the dialogue uses it: id, names, the city it is in, and its point. */
public record PlaceRef(
    String id, String name, String nameAr, String kind, String city, Double lat, Double lon) {

  /** True when the place has a point to search around. */
  public boolean located() {
    return lat != null && lon != null;
  }
}
