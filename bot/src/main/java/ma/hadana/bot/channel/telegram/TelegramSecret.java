package ma.hadana.bot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Telegram-Bot-Api-Secret-Token} against {@code TELEGRAM_WEBHOOK_SECRET} in
 * constant time (SHA-256 of both, then {@link MessageDigest#isEqual}, so not even the length leaks).
 */
@Component
class TelegramSecret {

  private final byte[] expected;

  TelegramSecret(TelegramProperties props) {
    this.expected = props.webhookSecret().isEmpty() ? null : sha256(props.webhookSecret());
  }

  boolean matches(String header) {
    if (expected == null || header == null) {
      return false;
    }
    return MessageDigest.isEqual(sha256(header), expected);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
