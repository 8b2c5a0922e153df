package ma.hadana.registry.gazetteer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code gazetteer}: DOWN until the gazetteer and the arrondissement boundaries are loaded
 * (the place resolver and the demand statistics need both), UP with their sizes afterwards.
 */
@Component
class GazetteerHealthIndicator implements HealthIndicator {

  private final ObjectProvider<Gazetteer> gazetteer;
  private final ObjectProvider<ArrondissementLocator> locator;

  GazetteerHealthIndicator(
      ObjectProvider<Gazetteer> gazetteer, ObjectProvider<ArrondissementLocator> locator) {
    this.gazetteer = gazetteer;
    this.locator = locator;
  }

  @Override
  public Health health() {
    Gazetteer g = gazetteer.getIfAvailable();
    ArrondissementLocator l = locator.getIfAvailable();
    int places = g == null ? 0 : g.size();
    int areas = l == null ? 0 : l.size();
    Health.Builder health = places > 0 && areas > 0 ? Health.up() : Health.down();
    return health.withDetail("places", places).withDetail("arrondissements", areas).build();
  }
}
