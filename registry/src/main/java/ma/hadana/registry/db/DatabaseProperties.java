package ma.hadana.registry.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Hadana's PostgreSQL is: an external server, or the embedded one on this machine.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code HADANA_DB_URL}); empty means the embedded server
 * @param user user for the external server ({@code HADANA_DB_USER})
 * @param password password for the external server ({@code HADANA_DB_PASSWORD})
 * @param dataDir folder of the embedded server's data ({@code HADANA_DATA_DIR}, default {@code ~/.hadana})
 * @param embeddedPort local port of the embedded server, shared by bot and admin
 *     ({@code HADANA_EMBEDDED_DB_PORT}, default 54329; 0 picks a free port, for tests)
 * @param ephemeral wipe the embedded data when the process stops (tests only)
 */
@ConfigurationProperties("hadana.db")
public record DatabaseProperties(
    String url, String user, String password, Path dataDir, int embeddedPort, boolean ephemeral) {

  /** True when no external server is configured. */
  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
