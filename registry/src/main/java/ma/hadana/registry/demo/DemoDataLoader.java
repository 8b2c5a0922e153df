package ma.hadana.registry.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.db.DatabaseProperties;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty registry with the fictional demo listings when the app starts, before it
 * reports ready, so a fresh laptop install has something to search. Never under the CLI.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoDataLoader implements ApplicationRunner {

  static final String RESOURCE = "data/demo_creches.csv";
  static final String ACTOR = "demo-data";
  /** Advisory lock key, so that bot and admin starting together load the data once. */
  private static final long LOCK_KEY = 0x4861_6461_6e61L;

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final boolean enabled;
  private final RegistryImporter importer;
  private final CrecheRepository repository;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Environment environment;

  DemoDataLoader(
      DemoDataProperties props,
      DatabaseProperties db,
      RegistryImporter importer,
      CrecheRepository repository,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Environment environment) {
    this.enabled = props.enabled(db);
    this.importer = importer;
    this.repository = repository;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.environment = environment;
  }

  /** At start of the servers; command-line verbs decide for themselves (import never loads). */
  @Override
  public void run(ApplicationArguments args) {
    if (!environment.acceptsProfiles(Profiles.of("cli"))) {
      loadIfEnabledAndEmpty();
    }
  }

  /** Loads the demo listings when enabled and the registry is empty; true when it loaded them. */
  public boolean loadIfEnabledAndEmpty() {
    if (!enabled) {
      return false;
    }
    return Boolean.TRUE.equals(tx.execute(status -> loadIfEmpty()));
  }

  private boolean loadIfEmpty() {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
    long count = repository.count();
    if (count > 0) {
      log.info("Demo data not loaded: the registry already has {} listings", count);
      return false;
    }
    try (Reader in = new InputStreamReader(
        new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
      ImportReport report = importer.apply(in, ACTOR);
      if (!report.valid()) {
        throw new IllegalStateException(
            "The shipped demo data is invalid: " + report.errors().size() + " errors, first: "
                + report.errors().get(0));
      }
      log.info("Loaded {} fictional demo listings", report.added().size());
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
