package ma.hadana.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar hadana-bot.jar import …} as a user would, on its own embedded server. */
class ImportJarIT {

  static final Path JAR = Path.of("target", "hadana-bot.jar");
  static final String HEADER = String.join(",", ma.hadana.registry.creche.CrecheFields.NAMES);
  static final String ROW =
      "CR-00001,Crèche Chams,حضانة شمس,private,Privé,Casablanca-Settat,Casablanca,Casablanca,"
          + "Maârif,Bourgogne,\"12, Rue des Orangers\",33.5861,-7.6318,+212522001122,3,36,40,6,"
          + "1800,Mo-Fr 07:30-18:30,fr|ar,true,no,birth_certificate,false,2025-09-04,active,";

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private Run run(String... args) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(java(), "-jar", JAR.toString());
    pb.command().addAll(List.of(args));
    Map<String, String> env = pb.environment();
    env.remove("HADANA_DB_URL");
    env.put("HADANA_DATA_DIR", dir.resolve("data").toString());
    env.put("HADANA_EMBEDDED_DB_PORT", String.valueOf(port));
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the jar did not exit within 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private final int port = freePort();

  @Test
  void theJarImportsAValidFileAndRefusesABadOneWithExitStatusOne() throws Exception {
    Path good = dir.resolve("good.csv");
    Files.writeString(good, HEADER + "\r\n" + ROW + "\r\n", StandardCharsets.UTF_8);
    Run first = run("import", good.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains(good + ": 1 row, 1 added, 0 changed, 0 unchanged");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, HEADER + "\r\n" + ROW.replace(",3,36,", ",36,3,") + "\r\n");
    Run second = run("import", bad.toString());
    assertThat(second.status()).isEqualTo(1);
    assertThat(second.err()).contains(
        "line 2, column age_max_months: must not be below age_min_months\n",
        bad + ": 1 error in 1 row; nothing imported");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
