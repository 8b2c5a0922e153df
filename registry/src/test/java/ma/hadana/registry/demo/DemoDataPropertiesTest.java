package ma.hadana.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.registry.db.DatabaseProperties;
import org.junit.jupiter.api.Test;

class DemoDataPropertiesTest {

  static final DatabaseProperties EMBEDDED = new DatabaseProperties("", "", "", null, 0, true);
  static final DatabaseProperties EXTERNAL =
      new DatabaseProperties("jdbc:postgresql://db/hadana", "hadana", "", null, 0, false);

  @Test
  void unsetMeansDemoDataOnTheEmbeddedDatabaseOnly() {
    assertThat(new DemoDataProperties(null).enabled(EMBEDDED)).isTrue();
    assertThat(new DemoDataProperties(null).enabled(EXTERNAL)).isFalse();
  }

  @Test
  void anExplicitSettingWins() {
    assertThat(new DemoDataProperties(false).enabled(EMBEDDED)).isFalse();
    assertThat(new DemoDataProperties(true).enabled(EXTERNAL)).isTrue();
  }
}
