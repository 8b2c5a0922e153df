package ma.hadana.bot.channel.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox worker sends queued messages.
 *
 * @param worker {@code HADANA_OUTBOX_WORKER}: run a sending worker in this process (several
 *     processes may run one on the same database)
 * @param pollInterval how often an idle worker looks for due messages
 * @param batchSize how many messages one worker claims at a time
 * @param threads how many messages one worker sends at the same time
 * @param maxAttempts {@code HADANA_OUTBOX_MAX_ATTEMPTS}: attempts before a message is dead-lettered
 * @param backoffBase wait after the first failed attempt; doubled at each attempt, with jitter
 * @param backoffMax longest wait between two attempts
 * @param claimTimeout how long a claimed message stays with its worker; after that another worker
 *     takes it over (the first one died). Must exceed the providers' timeouts
 * @param retention how long sent messages and inbound receipts are kept (they hold raw addresses
 *     and provider ids); dead letters stay until an admin deals with them
 */
@ConfigurationProperties("hadana.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean worker,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("4") int threads,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("2s") Duration backoffBase,
    @DefaultValue("10m") Duration backoffMax,
    @DefaultValue("2m") Duration claimTimeout,
    @DefaultValue("7d") Duration retention) {}
