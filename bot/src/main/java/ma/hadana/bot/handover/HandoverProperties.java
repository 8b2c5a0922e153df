package ma.hadana.bot.handover;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations are handed to people.
 *
 * @param hours {@code HADANA_HANDOVER_HOURS}: when the team answers, in the listings' opening-hours
 *     form (e.g. {@code Mo-Fr 09:00-17:00}); told to a family that asks for a person, with the day
 *     names in its language. Empty: no hours are promised
 * @param misunderstood {@code HADANA_HANDOVER_MISUNDERSTOOD}: consecutive messages not understood
 *     after which the conversation appears in the inbox
 */
@ConfigurationProperties("hadana.handover")
record HandoverProperties(@DefaultValue("") String hours, @DefaultValue("3") int misunderstood) {}
