package ma.hadana.admin.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the admin named by HADANA_ADMIN_EMAIL / HADANA_ADMIN_PASSWORD when there is none. */
@Component
@EnableConfigurationProperties(AdminAccountProperties.class)
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final ConsoleUsers users;
  private final PasswordEncoder encoder;
  private final AdminAccountProperties properties;

  FirstAdmin(ConsoleUsers users, PasswordEncoder encoder, AdminAccountProperties properties) {
    this.users = users;
    this.encoder = encoder;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (args.getNonOptionArgs().contains(CreateAdminCommand.NAME)) {
      return;
    }
    if (users.count(Role.ADMIN) > 0) {
      return;
    }
    if (!properties.configured()) {
      log.warn("No console admin yet: set HADANA_ADMIN_EMAIL and HADANA_ADMIN_PASSWORD or run"
          + " 'java -jar hadana-admin.jar create-admin'");
      return;
    }
    if (properties.password().length() < AdminAccountProperties.MIN_PASSWORD_LENGTH) {
      log.warn("HADANA_ADMIN_PASSWORD is shorter than {} characters: no admin created",
          AdminAccountProperties.MIN_PASSWORD_LENGTH);
      return;
    }
    users.upsert(properties.email(), encoder.encode(properties.password()), Role.ADMIN);
    log.info("First console admin created from HADANA_ADMIN_EMAIL");
  }
}
