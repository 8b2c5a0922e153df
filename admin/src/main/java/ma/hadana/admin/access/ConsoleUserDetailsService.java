package ma.hadana.admin.access;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads console accounts for Spring Security; a locked account is reported as locked. */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

  private final ConsoleUsers users;
  private final Clock clock;

  ConsoleUserDetailsService(ConsoleUsers users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    ConsoleUsers.Account a =
        users.find(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant());
    return User.withUsername(a.email())
        .password(a.passwordHash())
        .roles(a.role().name())
        .disabled(!a.enabled())
        .accountLocked(locked)
        .build();
  }
}
