package ma.hadana.admin.access;

import java.io.Console;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hadana-admin.jar create-admin}: creates (or resets) an admin account from
 * HADANA_ADMIN_EMAIL / HADANA_ADMIN_PASSWORD, or asks for them on the terminal.
 */
@Component
public class CreateAdminCommand {

  /** The command-line word that runs this command instead of the web console. */
  public static final String NAME = "create-admin";

  private final ConsoleUsers users;
  private final PasswordEncoder encoder;
  private final AdminAccountProperties properties;

  CreateAdminCommand(
      ConsoleUsers users, PasswordEncoder encoder, AdminAccountProperties properties) {
    this.users = users;
    this.encoder = encoder;
    this.properties = properties;
  }

  /** Runs the command; returns the process exit code. */
  public int run() {
    String email = properties.email();
    String password = properties.password();
    Console console = System.console();
    if ((email == null || email.isBlank()) && console != null) {
      email = console.readLine("Admin email: ");
    }
    if ((password == null || password.isBlank()) && console != null) {
      char[] typed = console.readPassword("Password (at least %d characters): ",
          AdminAccountProperties.MIN_PASSWORD_LENGTH);
      password = typed == null ? null : new String(typed);
    }
    if (email == null || email.isBlank() || !email.contains("@")) {
      System.err.println("create-admin: an email is needed (HADANA_ADMIN_EMAIL or the prompt)");
      return 2;
    }
    if (password == null || password.length() < AdminAccountProperties.MIN_PASSWORD_LENGTH) {
      System.err.println("create-admin: the password needs at least "
          + AdminAccountProperties.MIN_PASSWORD_LENGTH + " characters");
      return 2;
    }
    users.upsert(email, encoder.encode(password), Role.ADMIN);
    System.out.println("create-admin: admin account ready for " + ConsoleUsers.normalise(email));
    return 0;
  }
}
