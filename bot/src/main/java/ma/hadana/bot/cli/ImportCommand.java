package ma.hadana.bot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.Command;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code import FILE.csv [--dry-run]}: loads a registry CSV file (docs/registry-format.md), all or
 * nothing. Exit status 0 when imported (or when a dry run found no error), 1 when the file has
 * errors (each printed as {@code line N, column C: reason}), 2 on a usage, read or database
 * error.
 */
@Component
@Profile("cli")
class ImportCommand implements Command {

  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;
  static final String USAGE_LINE = "usage: java -jar hadana-bot.jar import FILE.csv [--dry-run]";
  private static final int IDS_SHOWN = 20;

  private final RegistryImporter importer;

  ImportCommand(RegistryImporter importer) {
    this.importer = importer;
  }

  @Override
  public String verb() {
    return "import";
  }

  @Override
  public int run(String[] args) {
    return run(args, System.out, System.err);
  }

  int run(String[] args, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    boolean dryRun = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--dry-run")) {
        dryRun = true;
      } else if (args[i].startsWith("-")) {
        err.println("unknown option " + args[i]);
        err.println(USAGE_LINE);
        return USAGE;
      } else {
        files.add(args[i]);
      }
    }
    if (args.length == 0 || !args[0].equals("import") || files.size() != 1) {
      err.println(USAGE_LINE);
      return USAGE;
    }
    Path file = Path.of(files.get(0));
    ImportReport report;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      report = dryRun ? importer.preview(in) : importer.apply(in, actor());
    } catch (NoSuchFileException e) {
      err.println("cannot read " + file + ": no such file");
      return USAGE;
    } catch (CharacterCodingException e) {
      err.println("cannot read " + file + ": not UTF-8 text");
      return USAGE;
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      return USAGE;
    } catch (DataAccessException e) {
      // The driver's message may quote a whole row (phone numbers): print its SQL state only.
      err.println("import failed, nothing was written: the database refused it (" + state(e) + ")");
      return USAGE;
    }
    if (!report.valid()) {
      report.errors().forEach(err::println);
      int n = report.errors().size();
      err.printf("%s: %s in %s; nothing imported%n",
          file, count(n, "error"), count(report.rowsRead(), "row"));
      return INVALID;
    }
    summarize(file, report, dryRun, out);
    return OK;
  }

  private static void summarize(Path file, ImportReport r, boolean dryRun, PrintStream out) {
    if (dryRun) {
      out.printf("%s: %s, would add %d, change %d, leave %d unchanged (dry run, nothing"
          + " written)%n", file, count(r.rowsRead(), "row"), r.added().size(),
          r.changed().size(), r.unchanged().size());
    } else {
      out.printf("%s: %s, %d added, %d changed, %d unchanged%n", file,
          count(r.rowsRead(), "row"), r.added().size(), r.changed().size(), r.unchanged().size());
    }
    ids(dryRun ? "to add" : "added", r.added(), out);
    ids(dryRun ? "to change" : "changed", r.changed(), out);
  }

  private static void ids(String label, List<String> ids, PrintStream out) {
    if (ids.isEmpty()) {
      return;
    }
    String shown = String.join(" ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
    String more = ids.size() > IDS_SHOWN ? " (and " + (ids.size() - IDS_SHOWN) + " more)" : "";
    out.println(label + ": " + shown + more);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String state(DataAccessException e) {
    return e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
        ? "SQL state " + sql.getSQLState()
        : e.getClass().getSimpleName();
  }

  /** Who the audit trail names for a command-line import: the operating-system user. */
  private static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
