package ma.hadana.bot.channel.outbox;

import java.time.Instant;
import ma.hadana.bot.conversation.Channel;

/**
 * A claimed outbox row as a sender sees it: where to send (the raw address), what, under which
 * idempotency key, which attempt this is (1 for the first), whether it is the confirmation of an
 * opt-out (the one message an opted-out recipient still gets), and when the claim ends (counted
 * from the claim, after which another worker may take the row over).
 */
public record OutboxMessage(long id, Channel channel, String address, OutboundPayload payload,
    String idempotencyKey, int attempt, boolean confirmsOptOut, Instant claimedUntil) {}
