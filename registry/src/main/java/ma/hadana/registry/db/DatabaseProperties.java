package ma.hadana.registry.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 * @param socketTimeout {@code HADANA_DB_SOCKET_TIMEOUT}: longest wait for an answer of the external
 *     server (default 60 s), so that a hung server does not hold pooled connections forever; a
 *     statement that runs longer is cut. 0 = no limit. A {@code socketTimeout} in the URL wins
 * @param connectTimeout {@code HADANA_DB_CONNECT_TIMEOUT}: longest wait for a connection to the
 *     external server (default 10 s). 0 = no limit. A {@code connectTimeout} in the URL wins
 */
@ConfigurationProperties("hadana.db")
public record DatabaseProperties(
    String url, String user, String password, Path dataDir, int embeddedPort, boolean ephemeral,
    @DefaultValue("60s") Duration socketTimeout, @DefaultValue("10s") Duration connectTimeout) {

  /** How long the external server may take to answer, unless configured. */
  private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
  /** How long a connection to the external server may take, unless configured. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  @ConstructorBinding
  public DatabaseProperties {}

  /** With the default timeouts. */
  public DatabaseProperties(
      String url, String user, String password, Path dataDir, int embeddedPort, boolean ephemeral) {
    this(url, user, password, dataDir, embeddedPort, ephemeral, SOCKET_TIMEOUT, CONNECT_TIMEOUT);
  }

  /** True when no external server is configured. */
  public boolean embedded() {
    return url == null || url.isBlank();
  }

  /**
   * The external server's URL with the socket and connect timeouts (in whole seconds, as the
   * driver takes them) added unless the URL already sets them.
   */
  public String externalUrl() {
    String base = url.strip();
    StringBuilder out = new StringBuilder(base);
    append(out, "socketTimeout", socketTimeout);
    append(out, "connectTimeout", connectTimeout);
    return out.toString();
  }

  private static void append(StringBuilder url, String parameter, Duration timeout) {
    if (timeout == null || timeout.isZero() || timeout.isNegative() || sets(url, parameter)) {
      return;
    }
    int q = url.indexOf("?");
    if (q < 0) {
      url.append('?');
    } else if (url.charAt(url.length() - 1) != '?' && url.charAt(url.length() - 1) != '&') {
      url.append('&');
    }
    // Rounded up: the driver counts whole seconds, and a sub-second limit must not become none.
    long seconds = (timeout.toMillis() + 999) / 1_000;
    url.append(parameter).append('=').append(seconds);
  }

  private static boolean sets(CharSequence url, String parameter) {
    String s = url.toString();
    int q = s.indexOf('?');
    if (q < 0) {
      return false;
    }
    for (String pair : s.substring(q + 1).split("&")) {
      String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (key.strip().toLowerCase(Locale.ROOT).equals(parameter.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
