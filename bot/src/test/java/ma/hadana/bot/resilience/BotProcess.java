package ma.hadana.bot.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bot server started from the repackaged jar, as production runs it, with its output in a
 * file. {@link #kill()} is SIGKILL (no shutdown hook runs), {@link #close()} a normal stop;
 * a JVM shutdown hook kills whatever a failed test left running.
 */
final class BotProcess implements AutoCloseable {

  static final Path JAR = Path.of("target", "hadana-bot.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Map<String, String> env;
  private final List<String> args;
  private final Path log;
  private int starts;
  private volatile Process process;

  BotProcess(String name, Map<String, String> env, List<String> args, Path dir) {
    this.name = name;
    this.port = freePort();
    this.env = env;
    this.args = args;
    this.log = dir.resolve(name + ".log");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Process p = process;
      if (p != null) {
        p.destroyForcibly();
      }
    }));
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Starts (or restarts) the process; returns at once. */
  BotProcess start() throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("HADANA_") || k.startsWith("TWILIO_")
        || k.startsWith("TELEGRAM_") || k.startsWith("SPRING_") || k.equals("SERVER_PORT")
        || k.startsWith("MANAGEMENT_"));
    pb.environment().putAll(env);
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    pb.redirectErrorStream(true);
    pb.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile())
        : ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
    return this;
  }

  /** Waits until the readiness probe says UP; fails with the log's tail if the process died. */
  void awaitReady(Duration max) throws Exception {
    long end = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(name + " not ready within " + max + ":\n" + tail());
  }

  /** SIGKILL: the process dies at once, mid-request, mid-send, without cleaning up. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The last lines of the process's output, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    Process p = process;
    if (p != null && p.isAlive()) {
      p.destroy();
      if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
