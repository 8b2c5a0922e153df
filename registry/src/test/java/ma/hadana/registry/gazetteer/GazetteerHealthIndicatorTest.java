package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;

class GazetteerHealthIndicatorTest {

  @Test
  void isDownUntilTheGazetteerAndTheBoundariesAreLoaded() {
    StaticListableBeanFactory none = new StaticListableBeanFactory();
    var health =
        new GazetteerHealthIndicator(
                none.getBeanProvider(Gazetteer.class),
                none.getBeanProvider(ArrondissementLocator.class))
            .health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("places", 0);
  }

  @Test
  void isUpWithTheSizesOnceLoaded() {
    StaticListableBeanFactory loaded = new StaticListableBeanFactory();
    loaded.addBean("gazetteer", Shipped.GAZETTEER);
    loaded.addBean("locator", Shipped.LOCATOR);
    var health =
        new GazetteerHealthIndicator(
                loaded.getBeanProvider(Gazetteer.class),
                loaded.getBeanProvider(ArrondissementLocator.class))
            .health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("places", 5_882).containsEntry("arrondissements", 41);
  }
}
