package ma.hadana.bot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Parses a webhook body into telegrambots' {@link Update} with a Jackson 2 mapper (Spring Boot 4
 * uses Jackson 3, which cannot read telegrambots' annotations). Unknown fields are ignored, as
 * the Bot API adds some in every release.
 */
final class TelegramUpdates {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private TelegramUpdates() {}

  /** The update, or empty when the body is not an update's JSON (no update_id). */
  static Optional<Update> parse(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    try {
      Update u = JSON.readValue(body, Update.class);
      return u == null || u.getUpdateId() == null ? Optional.empty() : Optional.of(u);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
