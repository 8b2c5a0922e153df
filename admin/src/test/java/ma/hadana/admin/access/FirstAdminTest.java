package ma.hadana.admin.access;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/** The first admin comes from the environment, once, and only with a long enough password. */
class FirstAdminTest {

  private final ConsoleUsers users = mock(ConsoleUsers.class);

  private void start(String email, String password) {
    new FirstAdmin(users, NoOpPasswordEncoder.getInstance(),
        new AdminAccountProperties(email, password)).run(new DefaultApplicationArguments());
  }

  @Test
  void createsTheAdminNamedInTheEnvironmentWhenThereIsNone() {
    when(users.count(Role.ADMIN)).thenReturn(0L);
    start("boss@hadana.test", "twelve chars!");
    verify(users).upsert("boss@hadana.test", "twelve chars!", Role.ADMIN);
  }

  @Test
  void leavesExistingAdminsAlone() {
    when(users.count(Role.ADMIN)).thenReturn(1L);
    start("boss@hadana.test", "twelve chars!");
    verify(users, never()).upsert(any(), any(), any());
  }

  @Test
  void refusesAShortPassword() {
    when(users.count(Role.ADMIN)).thenReturn(0L);
    start("boss@hadana.test", "short");
    verify(users, never()).upsert(eq("boss@hadana.test"), any(), any());
  }
}
