package ma.hadana.admin;

import java.util.Arrays;
import ma.hadana.admin.access.CreateAdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Hadana's web console for admins, editors and social workers; shares the bot's database. */
@SpringBootApplication(scanBasePackages = "ma.hadana")
public class AdminApplication {

  public static void main(String[] args) {
    if (Arrays.asList(args).contains(CreateAdminCommand.NAME)) {
      SpringApplication app = new SpringApplication(AdminApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      int code;
      try (ConfigurableApplicationContext ctx = app.run(args)) {
        code = ctx.getBean(CreateAdminCommand.class).run();
      }
      System.exit(code);
    }
    SpringApplication.run(AdminApplication.class, args);
  }
}
