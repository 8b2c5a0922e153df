package ma.hadana.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheFields;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.creche.SaveResult;
import ma.hadana.registry.creche.StaleVersionException;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.importing.RegistryFileValidator.Checked;
import ma.hadana.registry.importing.RegistryFileValidator.ValidRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a registry CSV file (docs/registry-format.md): validates every row, then upserts the
 * listings by id through {@link RegistryService}, all or nothing in one transaction. Importing
 * the same file again changes nothing.
 */
@Service
public class RegistryImporter {

  private static final Logger log = LoggerFactory.getLogger(RegistryImporter.class);

  private final RegistryFileValidator validator;
  private final CrecheRepository repository;
  private final RegistryService registry;
  private final TransactionTemplate tx;

  RegistryImporter(
      RegistryFileValidator validator,
      CrecheRepository repository,
      RegistryService registry,
      PlatformTransactionManager transactions) {
    this.validator = validator;
    this.repository = repository;
    this.registry = registry;
    this.tx = new TransactionTemplate(transactions);
  }

  /** What importing the file would do; writes nothing. */
  public ImportReport preview(Reader in) throws IOException {
    return preview(validator.check(in));
  }

  /** What importing the GeoJSON FeatureCollection would do; writes nothing. */
  public ImportReport previewGeoJson(Reader in) {
    return preview(validator.checkGeoJson(in));
  }

  /** Imports a GeoJSON FeatureCollection (docs/registry-format.md), like {@link #apply}. */
  public ImportReport applyGeoJson(Reader in, String actor) {
    return apply(validator.checkGeoJson(in), actor, true);
  }

  private ImportReport preview(Checked checked) {
    if (!checked.problems().isEmpty()) {
      return ImportReport.rejected(checked.rowsRead(), checked.errors());
    }
    Map<String, StoredCreche> current = current(checked);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (ValidRow row : checked.rows()) {
      Creche c = row.creche();
      StoredCreche stored = current.get(c.id());
      if (stored == null) {
        added.add(c.id());
      } else if (CrecheFields.changes(stored.creche(), c).isEmpty()) {
        unchanged.add(c.id());
      } else {
        changed.add(c.id());
      }
    }
    return new ImportReport(checked.rowsRead(), added, changed, unchanged, List.of(), false);
  }

  /**
   * Validates the file and, when it has no error, creates or updates every listing in one
   * transaction, recording {@code actor} in the audit trail. With any error nothing is written.
   */
  public ImportReport apply(Reader in, String actor) throws IOException {
    return apply(validator.check(in), actor, false);
  }

  private ImportReport apply(Checked checked, String actor, boolean features) {
    if (!checked.problems().isEmpty()) {
      log.info("Import rejected: {} rows read, {} errors",
          checked.rowsRead(), checked.problems().size());
      return ImportReport.rejected(checked.rowsRead(), checked.errors());
    }
    ImportReport report;
    try {
      report = tx.execute(status -> write(checked, actor));
    } catch (StaleVersionException e) {
      log.info("Import rolled back: listing {} changed meanwhile", e.crecheId());
      return lostRace(checked, e.crecheId(), features);
    }
    log.info("Import applied: {} rows read, {} added, {} changed, {} unchanged", report.rowsRead(),
        report.added().size(), report.changed().size(), report.unchanged().size());
    return report;
  }

  private ImportReport write(Checked checked, String actor) {
    Map<String, StoredCreche> current = current(checked);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (ValidRow row : checked.rows()) {
      StoredCreche stored = current.get(row.creche().id());
      SaveResult r = registry.save(row.creche(), stored == null ? null : stored.version(), actor);
      switch (r.outcome()) {
        case CREATED -> added.add(r.id());
        case UPDATED -> changed.add(r.id());
        case UNCHANGED -> unchanged.add(r.id());
      }
    }
    return new ImportReport(checked.rowsRead(), added, changed, unchanged, List.of(), true);
  }

  /** Someone saved a listing of the file while it was being written: all was rolled back. */
  private static ImportReport lostRace(Checked checked, String id, boolean features) {
    int line = checked.rows().stream()
        .filter(r -> r.creche().id().equals(id)).findFirst().orElseThrow().line();
    Problem p = new Problem(line, "id", "the listing was changed by someone else during the"
        + " import; nothing was written, import the file again", features);
    return ImportReport.rejected(checked.rowsRead(), List.of(p.message()));
  }

  private Map<String, StoredCreche> current(Checked checked) {
    List<String> ids = checked.rows().stream().map(r -> r.creche().id()).toList();
    return repository.findByIds(ids).stream()
        .collect(Collectors.toMap(s -> s.creche().id(), Function.identity()));
  }
}
