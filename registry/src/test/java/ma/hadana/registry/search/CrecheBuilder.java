package ma.hadana.registry.search;

import java.time.LocalDate;
import java.util.List;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;

/** Builds synthetic listings for tests: a private, paid, weekday crèche unless told otherwise. */
public final class CrecheBuilder {

  private final String id;
  private double lat;
  private double lon;
  private String name;
  private CrecheType type = CrecheType.PRIVATE;
  private int ageMin = 3;
  private int ageMax = 72;
  private Integer places = 2;
  private Integer fee = 1_000;
  private String hours = "Mo-Fr 08:00-17:00";
  private Undocumented undocumented = Undocumented.UNKNOWN;
  private CrecheStatus status = CrecheStatus.ACTIVE;

  private CrecheBuilder(String id, double lat, double lon) {
    this.id = id;
    this.lat = lat;
    this.lon = lon;
    this.name = "Crèche " + id;
  }

  /** A listing with this id at this position. */
  public static CrecheBuilder listing(String id, double lat, double lon) {
    return new CrecheBuilder(id, lat, lon);
  }

  /** A copy of {@code c}'s search fields under a new id. */
  public static CrecheBuilder like(Creche c, String id) {
    CrecheBuilder b = new CrecheBuilder(id, c.lat(), c.lon());
    return b.type(c.type()).ages(c.ageMinMonths(), c.ageMaxMonths()).places(c.placesAvailable())
        .fee(c.monthlyFeeMad()).hours(c.openingHours()).undocumented(c.acceptsUndocumented())
        .status(c.status());
  }

  public CrecheBuilder at(double newLat, double newLon) {
    this.lat = newLat;
    this.lon = newLon;
    return this;
  }

  public CrecheBuilder name(String value) {
    this.name = value;
    return this;
  }

  public CrecheBuilder type(CrecheType value) {
    this.type = value;
    return this;
  }

  public CrecheBuilder ages(int min, int max) {
    this.ageMin = min;
    this.ageMax = max;
    return this;
  }

  public CrecheBuilder places(Integer value) {
    this.places = value;
    return this;
  }

  public CrecheBuilder fee(Integer value) {
    this.fee = value;
    return this;
  }

  public CrecheBuilder hours(String value) {
    this.hours = value;
    return this;
  }

  public CrecheBuilder undocumented(Undocumented value) {
    this.undocumented = value;
    return this;
  }

  public CrecheBuilder status(CrecheStatus value) {
    this.status = value;
    return this;
  }

  public Creche build() {
    return new Creche(
        id, name, null, type, null, null, null, null, null, null, null, lat, lon, null, ageMin,
        ageMax, null, places, fee, hours, List.of(), null, undocumented, List.of(), null,
        LocalDate.of(2026, 1, 15), status, null);
  }
}
