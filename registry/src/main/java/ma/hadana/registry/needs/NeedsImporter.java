package ma.hadana.registry.needs;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.registry.importing.ImportReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a needs CSV: checks every row (its rules, that the listing exists, one row per listing
 * and need), then writes all answers in one transaction, or nothing when any row is wrong.
 * Needs absent from the file are left as they are. Report ids read {@code CR-00001/need}.
 */
@Service
public class NeedsImporter {

  private record Checked(int rowsRead, List<NeedRecord> answers, List<String> errors) {}

  private final NeedStore store;
  private final Needs needs;
  private final Clock clock;
  private final TransactionTemplate tx;

  NeedsImporter(NeedStore store, Needs needs, Clock clock, PlatformTransactionManager tm) {
    this.store = store;
    this.needs = needs;
    this.clock = clock;
    this.tx = new TransactionTemplate(tm);
  }

  /** What importing the file would do; writes nothing. */
  public ImportReport preview(Reader in) throws IOException {
    return run(check(in), null);
  }

  /** Imports the file, all or nothing, recording {@code actor} in the history. */
  public ImportReport apply(Reader in, String actor) throws IOException {
    Checked checked = check(in);
    if (!checked.errors().isEmpty()) {
      return run(checked, null);
    }
    return tx.execute(status -> run(checked, actor));
  }

  /** Sorts the answers into added, changed and unchanged; writes them when an actor is given. */
  private ImportReport run(Checked checked, String actor) {
    if (!checked.errors().isEmpty()) {
      return new ImportReport(checked.rowsRead(), List.of(), List.of(), List.of(),
          checked.errors(), false);
    }
    Map<String, NeedRecord> current = new HashMap<>();
    Set<String> ids = new HashSet<>();
    checked.answers().forEach(a -> ids.add(a.crecheId()));
    store.forListings(ids).forEach(r -> current.put(key(r), r));
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (NeedRecord answer : checked.answers()) {
      NeedRecord before = current.get(key(answer));
      List<String> into = before == null ? added : answer.equals(before) ? unchanged : changed;
      into.add(key(answer));
      if (actor != null) {
        needs.put(answer, before, actor);
      }
    }
    return new ImportReport(checked.rowsRead(), added, changed, unchanged, List.of(),
        actor != null);
  }

  private Checked check(Reader in) throws IOException {
    NeedsCsv.Parsed parsed = NeedsCsv.read(in);
    List<String> errors = new ArrayList<>(parsed.errors());
    LocalDate today = LocalDate.now(clock);
    Set<String> ids = new HashSet<>();
    parsed.rows().forEach(r -> ids.add(r.values().getOrDefault("creche_id", "").strip()));
    Set<String> known = new HashSet<>(store.existingListings(ids));
    Map<String, Integer> firstLine = new HashMap<>();
    List<NeedRecord> answers = new ArrayList<>();
    for (NeedsCsv.Row row : parsed.rows()) {
      NeedRules.Outcome outcome = NeedRules.check(row.values(), today);
      outcome.problems().forEach((column, reasons) -> reasons.forEach(
          reason -> errors.add("line " + row.line() + ", column " + column + ": " + reason)));
      String id = row.values().getOrDefault("creche_id", "").strip();
      if (!id.isEmpty() && !known.contains(id)) {
        errors.add("line " + row.line() + ", column creche_id: no listing has this id");
      }
      if (outcome.record() != null) {
        Integer first = firstLine.putIfAbsent(key(outcome.record()), row.line());
        if (first != null) {
          errors.add("line " + row.line() + ", column need: this listing's need is already on line "
              + first);
        } else {
          answers.add(outcome.record());
        }
      }
    }
    return new Checked(parsed.recordsRead(), answers, errors);
  }

  private static String key(NeedRecord r) {
    return r.crecheId() + "/" + r.need().code();
  }
}
