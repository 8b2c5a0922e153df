package ma.hadana.bot.channel.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram}, HTTP only: the secret token first (401, nothing touched),
 * then the JSON (400), then 200 once the update is handled; replies leave through the outbox.
 * 404 while Telegram is disabled or in polling mode.
 */
@RestController
class TelegramController {

  private static final Logger log = LoggerFactory.getLogger(TelegramController.class);
  /** Updates are a few kilobytes; anything far larger is not from Telegram. */
  static final int MAX_BODY = 256 * 1024;

  private final TelegramChannel channel;
  private final TelegramSecret secret;
  private final TelegramInbound inbound;

  TelegramController(TelegramChannel channel, TelegramSecret secret, TelegramInbound inbound) {
    this.channel = channel;
    this.secret = secret;
    this.inbound = inbound;
  }

  @PostMapping(path = TelegramChannel.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> update(
      @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
      @RequestBody(required = false) byte[] body) {
    if (!channel.webhook()) {
      return text(HttpStatus.NOT_FOUND, "Telegram webhook disabled");
    }
    if (!secret.matches(token)) {
      log.warn("telegram webhook refused: bad or missing secret token");
      return text(HttpStatus.UNAUTHORIZED, "Invalid secret token");
    }
    if (body != null && body.length > MAX_BODY) {
      return text(HttpStatus.CONTENT_TOO_LARGE, "Update too large");
    }
    Optional<Update> update = TelegramUpdates.parse(body);
    if (update.isEmpty()) {
      return text(HttpStatus.BAD_REQUEST, "Not a Telegram update");
    }
    inbound.handle(TelegramMapper.event(update.get()));
    return ResponseEntity.ok().build();
  }

  private static ResponseEntity<String> text(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
  }
}
