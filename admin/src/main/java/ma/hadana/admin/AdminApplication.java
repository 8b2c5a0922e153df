package ma.hadana.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Hadana's web console for admins, editors and social workers; shares the bot's database. */
@SpringBootApplication(scanBasePackages = "ma.hadana")
public class AdminApplication {

  public static void main(String[] args) {
    SpringApplication.run(AdminApplication.class, args);
  }
}
