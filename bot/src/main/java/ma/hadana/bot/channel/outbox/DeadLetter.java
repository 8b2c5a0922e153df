package ma.hadana.bot.channel.outbox;

import java.time.Instant;

/**
 * A message the outbox gave up on, for the admins: no address and no text, only what went wrong.
 *
 * @param status {@code failed} (the provider refused it) or {@code dead} (retries exhausted)
 */
public record DeadLetter(long id, String channel, String idempotencyKey, String status,
    int attempts, String lastError, Instant createdAt, Instant updatedAt) {}
