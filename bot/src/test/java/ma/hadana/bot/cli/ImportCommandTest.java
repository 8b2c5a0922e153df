package ma.hadana.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.BotApplication;
import ma.hadana.registry.creche.AuditRows;
import ma.hadana.registry.creche.CrecheRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("cli")
class ImportCommandTest {

  @Autowired ImportCommand command;
  @Autowired CrecheRepository repository;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void emptyRegistry() {
    new AuditRows(jdbc).clearRegistry();
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The header and the first {@code rows} rows of the shipped demo file. */
  private Path demoFile(String name, int rows) throws Exception {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new ClassPathResource("data/demo_creches.csv").getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i <= rows; i++) {
        lines.add(r.readLine());
      }
    }
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    return file;
  }

  @Test
  void importsAFileThenFindsNothingToChangeTheSecondTime() throws Exception {
    Path file = demoFile("three.csv", 3);

    assertThat(run("import", file.toString())).isZero();
    assertThat(out()).isEqualTo(file + ": 3 rows, 3 added, 0 changed, 0 unchanged\n"
        + "added: CR-00001 CR-00002 CR-00003\n");
    assertThat(err()).isEmpty();
    assertThat(repository.count()).isEqualTo(3);
    assertThat(new AuditRows(jdbc).of("CR-00001")).allMatch(a -> a.by().startsWith("cli:"));

    assertThat(run("import", file.toString())).isZero();
    assertThat(out()).isEqualTo(file + ": 3 rows, 0 added, 0 changed, 3 unchanged\n");
  }

  @Test
  void aDryRunReportsWhatWouldChangeAndWritesNothing() throws Exception {
    Path file = demoFile("two.csv", 2);
    assertThat(run("import", file.toString(), "--dry-run")).isZero();
    assertThat(out()).isEqualTo(file + ": 2 rows, would add 2, change 0, leave 0 unchanged"
        + " (dry run, nothing written)\nto add: CR-00001 CR-00002\n");
    assertThat(repository.count()).isZero();
  }

  @Test
  void aFileWithErrorsPrintsEveryErrorExitsOneAndImportsNothing() throws Exception {
    Path good = demoFile("good.csv", 3);
    String text = Files.readString(good)
        .replace(",+212522003215,", ",0522003215,")
        .replace("CR-00003,", "CR-00002,");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, text);

    assertThat(run("import", bad.toString())).isEqualTo(1);
    assertThat(err()).isEqualTo(
        "line 2, column phone: must be in E.164 form: + then 8 to 15 digits, no spaces\n"
            + "line 4, column id: duplicate id, first used on line 3\n"
            + bad + ": 2 errors in 3 rows; nothing imported\n");

    Files.writeString(bad, Files.readString(good).replace(",+212522003215,", ",0522003215,"));
    assertThat(run("import", bad.toString())).isEqualTo(1);
    assertThat(err()).endsWith(bad + ": 1 error in 3 rows; nothing imported\n");
    assertThat(out()).isEmpty();
    assertThat(repository.count()).isZero();
  }

  @Test
  void aDatabaseFailurePrintsOnlyTheSqlStateExitsTwoAndRollsBack() throws Exception {
    Path file = demoFile("three.csv", 3);
    jdbc.sql("CREATE FUNCTION refuse_third() RETURNS trigger AS $$ BEGIN"
        + " RAISE EXCEPTION 'refused: %', NEW.phone; END; $$ LANGUAGE plpgsql").update();
    jdbc.sql("CREATE TRIGGER refuse_third BEFORE INSERT ON creche FOR EACH ROW"
        + " WHEN (NEW.id = 'CR-00003') EXECUTE FUNCTION refuse_third()").update();
    try {
      assertThat(run("import", file.toString())).isEqualTo(2);
      assertThat(err()).isEqualTo(
          "import failed, nothing was written: the database refused it (SQL state P0001)\n");
      assertThat(repository.count()).isZero();
    } finally {
      jdbc.sql("DROP TRIGGER refuse_third ON creche").update();
      jdbc.sql("DROP FUNCTION refuse_third()").update();
    }
  }

  @Test
  void aMissingFileOrBadArgumentsExitTwo() throws Exception {
    assertThat(run("import", dir.resolve("nowhere.csv").toString())).isEqualTo(2);
    assertThat(err()).isEqualTo("cannot read " + dir.resolve("nowhere.csv") + ": no such file\n");

    assertThat(run("import")).isEqualTo(2);
    assertThat(err()).isEqualTo(ImportCommand.USAGE_LINE + "\n");

    assertThat(run("import", "a.csv", "--force")).isEqualTo(2);
    assertThat(err()).startsWith("unknown option --force\n");

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "id,name\nCR-1,Cr\u00e8che\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("import", latin1.toString())).isEqualTo(2);
    assertThat(err()).isEqualTo("cannot read " + latin1 + ": not UTF-8 text\n");
  }
}
