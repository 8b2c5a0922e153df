package ma.hadana.admin.access;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for 15 minutes after 5 failed sign-ins in a row, in the database. */
@Component
class LoginAttempts {

  static final int LIMIT = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private final ConsoleUsers users;
  private final Clock clock;

  LoginAttempts(ConsoleUsers users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users.recordFailure(event.getAuthentication().getName(), LIMIT, clock.instant(), LOCK);
    log.info("Console sign-in failed");
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    users.recordSuccess(event.getAuthentication().getName());
  }
}
