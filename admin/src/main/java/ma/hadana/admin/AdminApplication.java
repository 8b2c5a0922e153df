package ma.hadana.admin;

import java.util.Arrays;
import ma.hadana.admin.access.CreateAdminCommand;
import ma.hadana.bot.console.ConsoleMessagingConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/** Hadana's web console for admins, editors and social workers; shares the bot's database. */
@SpringBootApplication(scanBasePackages = {"ma.hadana.admin", "ma.hadana.registry"})
@Import(ConsoleMessagingConfiguration.class)
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
