package ma.hadana.bot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what callers may send, so a flood of large bodies cannot exhaust memory.
 *
 * @param maxBodySize {@code HADANA_MAX_BODY_SIZE}: the largest request body accepted; larger
 *     ones get 413 before anything reads them (Twilio and Telegram send a few kilobytes)
 */
@ConfigurationProperties("hadana.http")
record HttpLimitsProperties(@DefaultValue("64KB") DataSize maxBodySize) {}
