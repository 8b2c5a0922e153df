package ma.hadana.registry.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component {@code crecheIndex}: DOWN until the search index is loaded, then UP. */
@Component
class CrecheIndexHealthIndicator implements HealthIndicator {

  private final CrecheSearch search;

  CrecheIndexHealthIndicator(CrecheSearch search) {
    this.search = search;
  }

  @Override
  public Health health() {
    if (!search.loaded()) {
      return Health.down().withDetail("reason", "index not loaded yet").build();
    }
    return Health.up().withDetail("activeListings", search.size()).build();
  }
}
