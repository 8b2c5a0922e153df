package ma.hadana.bot.channel.outbox;

/**
 * Where one queued message stands: its status (pending, sending, sent, opted_out, failed, dead),
 * attempts, last error, the provider's message id and the delivery status it reported.
 */
public record OutboxEntry(long id, String channel, String status, int attempts, String lastError,
    String providerMessageId, String deliveryStatus, String deliveryError, boolean deadLetter) {}
