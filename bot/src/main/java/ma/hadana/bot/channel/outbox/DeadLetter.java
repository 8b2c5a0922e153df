package ma.hadana.bot.channel.outbox;

import java.time.Instant;

/**
 * A message the outbox gave up on, for the admins: no text and only a masked address (enough to
 * tell two recipients apart, not to write to them), and what went wrong.
 *
 * @param maskedAddress the recipient with its middle hidden, e.g. {@code +2126•••••12}
 * @param status {@code failed} (the provider refused it) or {@code dead} (retries exhausted)
 */
public record DeadLetter(long id, String channel, String maskedAddress, String idempotencyKey,
    String status, int attempts, String lastError, Instant createdAt, Instant updatedAt) {

  private static final String HIDDEN = "•••••";

  /** The address with all but its first five and last two characters hidden (fewer if short). */
  static String mask(String address) {
    if (address == null) {
      return "";
    }
    String a = address.startsWith("whatsapp:") ? address.substring("whatsapp:".length()) : address;
    if (a.length() >= 10) {
      return a.substring(0, 5) + HIDDEN + a.substring(a.length() - 2);
    }
    if (a.length() >= 4) {
      return a.substring(0, 1) + HIDDEN + a.substring(a.length() - 1);
    }
    return HIDDEN;
  }
}
