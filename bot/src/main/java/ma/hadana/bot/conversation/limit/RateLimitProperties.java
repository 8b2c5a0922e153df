package ma.hadana.bot.conversation.limit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-sender rate limit, which bounds what one number can cost (SMS replies are paid).
 *
 * @param messages {@code HADANA_RATE_LIMIT_MESSAGES}: messages one sender may send per window
 *     before one notice and then silence; 0 or less turns the limit off
 * @param window {@code HADANA_RATE_LIMIT_WINDOW}: the window, counted from the sender's first
 *     message in it (e.g. {@code 10m})
 */
@ConfigurationProperties("hadana.rate-limit")
public record RateLimitProperties(
    @DefaultValue("20") int messages, @DefaultValue("10m") Duration window) {}
