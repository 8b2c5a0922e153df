package ma.hadana.bot.referral;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A console user with the social worker role, as referral tests need one to refer from. */
final class SocialWorkers {

  private SocialWorkers() {}

  /** A new social worker (unique e-mail); returns its id. */
  static long newOne(JdbcClient jdbc) {
    return jdbc.sql("INSERT INTO console_user (email, password_hash, role) VALUES (?, 'x',"
            + " 'SOCIAL_WORKER') RETURNING id")
        .param("sw-" + UUID.randomUUID() + "@hadana.test").query(Long.class).single();
  }
}
