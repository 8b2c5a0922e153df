package ma.hadana.registry.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the search index keeps in step with the database.
 *
 * @param refreshInterval how often the whole index is reloaded as a safety net behind LISTEN/NOTIFY
 *     ({@code HADANA_SEARCH_REFRESH_INTERVAL}, default 5 minutes)
 * @param listen whether to LISTEN for changes committed by any process (default true)
 * @param reconnectDelay first wait before reconnecting a lost listening connection; doubles up to
 *     5 seconds while the database stays unreachable (default 1 second)
 */
@ConfigurationProperties("hadana.search")
record SearchProperties(
    @DefaultValue("5m") Duration refreshInterval,
    @DefaultValue("true") boolean listen,
    @DefaultValue("1s") Duration reconnectDelay) {}
