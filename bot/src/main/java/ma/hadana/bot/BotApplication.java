package ma.hadana.bot;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hadana's bot: the conversational backend and the public read API. With a first argument of
 * {@code import} or {@code chat} it runs that command instead of the server and exits with its status.
 */
@SpringBootApplication(scanBasePackages = "ma.hadana")
public class BotApplication {

  public static void main(String[] args) {
    if (args.length > 0 && Command.isCommand(args[0])) {
      SpringApplication app = new SpringApplication(BotApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setAdditionalProfiles("cli");
      ConfigurableApplicationContext ctx = app.run(Arrays.copyOf(args, 0));
      int status =
          ctx.getBeansOfType(Command.class).values().stream()
              .filter(c -> c.verb().equals(args[0]))
              .findFirst()
              .orElseThrow()
              .run(args);
      System.exit(SpringApplication.exit(ctx, () -> status));
    }
    SpringApplication.run(BotApplication.class, args);
  }
}
