package ma.hadana.bot.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Hadana keeps what could identify a family (raw addresses, message bodies, contacts).
 *
 * @param days {@code HADANA_RETENTION_DAYS}: finished outbox messages, inbound receipts and
 *     contacts not seen for this many days are deleted; anonymous events are kept
 * @param cron {@code HADANA_RETENTION_CRON}: when the deletion runs (Spring cron, seconds first);
 *     {@code -} turns the schedule off
 */
@ConfigurationProperties("hadana.retention")
record RetentionProperties(
    @DefaultValue("30") int days, @DefaultValue("0 17 * * * *") String cron) {}
