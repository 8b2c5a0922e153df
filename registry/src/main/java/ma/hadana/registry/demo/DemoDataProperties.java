package ma.hadana.registry.demo;

import ma.hadana.registry.db.DatabaseProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether a process fills an empty registry with the fictional demo listings.
 *
 * @param demoData load {@code data/demo_creches.csv} into an empty registry at start
 *     ({@code HADANA_DEMO_DATA}); unset means yes on the embedded database, no on an external one
 */
@ConfigurationProperties("hadana")
record DemoDataProperties(Boolean demoData) {

  /** The setting, or its default for this database. */
  boolean enabled(DatabaseProperties db) {
    return demoData != null ? demoData : db.embedded();
  }
}
