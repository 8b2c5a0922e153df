package ma.hadana.registry.search;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.registry.creche.CrecheRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CrecheIndexHealthIndicatorTest {

  @Autowired CrecheRepository repository;
  @Autowired CrecheIndexHealthIndicator applicationIndicator;

  @Test
  void isDownUntilTheIndexIsLoadedThenUp() {
    CrecheSearch search = new CrecheSearch(repository);
    CrecheIndexHealthIndicator indicator = new CrecheIndexHealthIndicator(search);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

    search.refresh();

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void isUpOnceTheApplicationHasStarted() {
    assertThat(applicationIndicator.health().getStatus()).isEqualTo(Status.UP);
  }
}
