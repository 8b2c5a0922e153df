package ma.hadana.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 5, item 11: an edit made in the console (headless Chromium) shows in the bot's nearby API
 * within 2 seconds. The real bot jar runs as a separate process joined to this test's embedded
 * PostgreSQL, as bot and console share one database in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BotSeesConsoleEditIT {

  static final Path BOT_JAR = Path.of("..", "bot", "target", "hadana-bot.jar");
  static final Duration PROPAGATION = Duration.ofSeconds(2);
  private static final String EMAIL = "idriss.editor@hadana.test";
  private static final String PASSWORD = "another long enough password";

  private static Process bot;
  private static WebDriver browser;
  private static Path work;

  @LocalServerPort int port;
  @Autowired EmbeddedPostgresServer database;
  @Autowired ConsoleUsers users;
  @Autowired PasswordEncoder encoder;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  @AfterAll
  static void stopEverything() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    stopBot();
  }

  @Test
  void anEditInTheConsoleReachesTheBotsNearbyApiWithinTwoSeconds() throws Exception {
    users.upsert(EMAIL, encoder.encode(PASSWORD), Role.EDITOR);
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    String nearby = startBot() + "/api/v1/creches/nearby?lat=" + Creches.MAARIF_PETITS_ANGES.lat()
        + "&lon=" + Creches.MAARIF_PETITS_ANGES.lon() + "&limit=3";
    assertThat(get(nearby)).contains("Les Petits Anges");

    browser = Browsers.chromium();
    Browsers.signIn(browser, "http://localhost:" + port, EMAIL, PASSWORD);
    open("/listings/CR-90001/edit");
    String renamed = "Creche Les Petits Anges IT-" + System.nanoTime();
    WebElement name = browser.findElement(By.name("name"));
    name.clear();
    name.sendKeys(renamed);
    browser.findElement(By.cssSelector("form.listing button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("saved"));

    long saved = System.nanoTime();
    long deadline = saved + PROPAGATION.toNanos();
    String body = get(nearby);
    while (!body.contains(renamed) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      body = get(nearby);
    }
    assertThat(body).as("the bot's nearby API %s after the console saved", PROPAGATION)
        .contains(renamed);
    System.out.printf("The edit reached the bot's nearby API %d ms after the save%n",
        (System.nanoTime() - saved) / 1_000_000);
  }

  /** Starts the bot jar on a free port, joined to this test's database; returns its origin. */
  private String startBot() throws Exception {
    assertThat(BOT_JAR).as("build the bot first (./mvnw -B verify builds it before admin)")
        .exists();
    work = Files.createTempDirectory("hadana-bot-it");
    int botPort = freePort();
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
        BOT_JAR.toString());
    Map<String, String> env = pb.environment();
    env.remove("HADANA_DB_URL");
    env.put("HADANA_EMBEDDED_DB_PORT", String.valueOf(database.port()));
    env.put("HADANA_DATA_DIR", work.resolve("data").toString());
    env.put("SERVER_PORT", String.valueOf(botPort));
    env.remove("MANAGEMENT_SERVER_PORT");
    env.put("HADANA_DEMO_DATA", "false");
    env.put("HADANA_OUTBOX_WORKER", "false");
    env.put("HADANA_SEARCH_REFRESH_INTERVAL", "1h");
    bot = pb.redirectOutput(work.resolve("bot.out").toFile())
        .redirectError(work.resolve("bot.err").toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(BotSeesConsoleEditIT::stopBot));
    String origin = "http://localhost:" + botPort;
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(bot.isAlive()).as("the bot exited: %s", log()).isTrue();
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create(origin + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return origin;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the bot was not ready within 180 s: " + log());
  }

  private String get(String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static void stopBot() {
    Process p = bot;
    if (p == null) {
      return;
    }
    List<ProcessHandle> children = p.descendants().toList();
    p.destroy();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static String log() {
    try {
      String err = Files.readString(work.resolve("bot.err"));
      String out = Files.readString(work.resolve("bot.out"));
      String all = out + err;
      return all.substring(Math.max(0, all.length() - 4000));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
