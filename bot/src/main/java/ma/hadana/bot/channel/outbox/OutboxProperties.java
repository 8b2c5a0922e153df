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
 * @param batchSize most messages one worker claims on one channel in a pass (a pass never claims
 *     more than {@code threads} in all, so that each claimed message starts sending at once)
 * @param threads how many messages one worker sends at the same time
 * @param maxAttempts {@code HADANA_OUTBOX_MAX_ATTEMPTS}: attempts before a message is dead-lettered
 * @param backoffBase wait after the first failed attempt; doubled at each attempt, with jitter
 * @param backoffMax longest wait between two attempts
 * @param claimTimeout how long a claimed message stays with its worker, counted from the claim;
 *     after that another worker takes it over (the first one died). A claimed message is sent
 *     only while its claim has at least a provider call (the sender's longest call) plus
 *     {@code claimMargin} left, otherwise it goes back to the queue unsent; so this must exceed
 *     every provider's longest call plus the margin (checked at start), with room to spare for
 *     the channel's pacing and a loaded machine
 * @param claimMargin room a send needs beyond the provider's longest call: recording the outcome,
 *     and the clocks of instances sharing the database disagreeing
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
    @DefaultValue("10s") Duration claimMargin,
    @DefaultValue("7d") Duration retention) {}
