package ma.hadana.admin.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code console_user} table: accounts, their role and their lock-out state. */
@Repository
public class ConsoleUsers {

  /** One account as stored. */
  record Account(
      String email, String passwordHash, Role role, boolean enabled, Instant lockedUntil) {}

  private final JdbcClient jdbc;

  ConsoleUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String email) {
    return jdbc.sql("SELECT email, password_hash, role, enabled, locked_until FROM console_user"
            + " WHERE email = ?")
        .param(normalise(email))
        .query((rs, n) -> {
          Timestamp locked = rs.getTimestamp("locked_until");
          return new Account(rs.getString("email"), rs.getString("password_hash"),
              Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
              locked == null ? null : locked.toInstant());
        })
        .optional();
  }

  /** Every account, by email. */
  List<Account> all() {
    return jdbc.sql("SELECT email, password_hash, role, enabled, locked_until FROM console_user"
            + " ORDER BY email")
        .query((rs, n) -> {
          Timestamp locked = rs.getTimestamp("locked_until");
          return new Account(rs.getString("email"), "", Role.valueOf(rs.getString("role")),
              rs.getBoolean("enabled"), locked == null ? null : locked.toInstant());
        })
        .list();
  }

  /** Lifts a lock-out. */
  void unlock(String email) {
    recordSuccess(email);
  }

  /** Number of accounts with this role. */
  public long count(Role role) {
    return jdbc.sql("SELECT count(*) FROM console_user WHERE role = ?")
        .param(role.name()).query(Long.class).single();
  }

  /** Creates an account, or sets the password and role of the existing one with this email. */
  public void upsert(String email, String passwordHash, Role role) {
    jdbc.sql("INSERT INTO console_user (email, password_hash, role) VALUES (?, ?, ?)"
            + " ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash,"
            + " role = EXCLUDED.role, failed_attempts = 0, locked_until = NULL")
        .params(normalise(email), passwordHash, role.name())
        .update();
  }

  /** Counts a failed sign-in; the {@code limit}th in a row locks the account for {@code lock}. */
  void recordFailure(String email, int limit, Instant now, Duration lock) {
    jdbc.sql("UPDATE console_user SET failed_attempts = failed_attempts + 1,"
            + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END"
            + " WHERE email = ?")
        .params(limit, Timestamp.from(now.plus(lock)), normalise(email))
        .update();
    jdbc.sql("UPDATE console_user SET failed_attempts = 0 WHERE email = ? AND locked_until > ?")
        .params(normalise(email), Timestamp.from(now))
        .update();
  }

  /** Clears the failure count after a successful sign-in. */
  void recordSuccess(String email) {
    jdbc.sql("UPDATE console_user SET failed_attempts = 0, locked_until = NULL WHERE email = ?")
        .param(normalise(email))
        .update();
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
