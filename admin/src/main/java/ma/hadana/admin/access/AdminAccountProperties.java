package ma.hadana.admin.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at the first start when no admin exists yet.
 *
 * @param email sign-in email of the first admin (HADANA_ADMIN_EMAIL); empty: none is created
 * @param password its password (HADANA_ADMIN_PASSWORD), at least 12 characters
 */
@ConfigurationProperties("hadana.admin")
record AdminAccountProperties(String email, String password) {

  static final int MIN_PASSWORD_LENGTH = 12;

  boolean configured() {
    return email != null && !email.isBlank() && password != null && !password.isBlank();
  }
}
