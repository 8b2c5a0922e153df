package ma.hadana.admin.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed conversations stay readable: the bot's retention deletes a handover and its
 * exchange this long after it closed, so the console shows only those closed more recently.
 *
 * @param days {@code HADANA_RETENTION_DAYS}, the same setting as the bot's
 */
@ConfigurationProperties("hadana.retention")
record InboxRetention(@DefaultValue("30") int days) {}
