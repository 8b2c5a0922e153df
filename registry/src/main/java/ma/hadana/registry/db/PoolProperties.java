package ma.hadana.registry.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection pool in front of Hadana's PostgreSQL.
 *
 * @param connectionTimeout {@code HADANA_DB_CONNECTION_TIMEOUT}: how long a request waits for a
 *     connection before giving up (default 3 s). While the database is unreachable every webhook
 *     waits this long and then answers 503, so it must stay well below Twilio's 15 s timeout
 * @param maximumSize most connections this process opens (default 10)
 */
@ConfigurationProperties("hadana.db-pool")
public record PoolProperties(
    @DefaultValue("3s") Duration connectionTimeout,
    @DefaultValue("10") int maximumSize) {}
