package ma.hadana.bot.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ma.hadana.registry.db.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a raw sender address (phone number, Telegram chat id) into the keyed hash Hadana stores
 * instead: HMAC-SHA256 with {@code HADANA_PEPPER}. Without a pepper, the embedded default keeps a
 * random one in the data folder so keys survive restarts; an external database requires one.
 */
@Component
public class SenderKeys {

  private static final Logger log = LoggerFactory.getLogger(SenderKeys.class);
  private final byte[] pepper;

  public SenderKeys(@Value("${hadana.pepper:}") String pepper, DatabaseProperties db) {
    this.pepper = pepper.isBlank() ? localPepper(db) : pepper.getBytes(StandardCharsets.UTF_8);
  }

  /** The stored key of a sender on a channel: hex HMAC-SHA256 of "channel:address". */
  public String keyOf(String channel, String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
      byte[] h = mac.doFinal((channel + ":" + address.trim()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static byte[] localPepper(DatabaseProperties db) {
    if (!db.embedded()) {
      throw new IllegalStateException(
          "HADANA_PEPPER must be set when HADANA_DB_URL points to a shared database:"
              + " every instance needs the same key to recognise a sender");
    }
    if (db.ephemeral()) {
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      return b;
    }
    Path file = db.dataDir().resolve("pepper");
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      Files.createDirectories(file.getParent());
      Files.write(file, b);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        log.debug("No POSIX permissions on this file system");
      }
      log.warn("HADANA_PEPPER is not set: generated a local one in {} (set it in production)", file);
      return b;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot keep the local pepper in " + file, e);
    }
  }
}
