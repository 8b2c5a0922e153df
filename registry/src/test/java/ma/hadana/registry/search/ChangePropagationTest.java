package ma.hadana.registry.search;

import static ma.hadana.registry.search.CrecheBuilder.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BooleanSupplier;
import ma.hadana.registry.RegistryTestApplication;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.db.EmbeddedPostgresServer;
import ma.hadana.registry.geo.GeoPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application contexts share one database, like the bot and the console: A runs the embedded
 * server, B connects to it by URL. What B writes must reach A's index through LISTEN/NOTIFY.
 */
class ChangePropagationTest {

  private static final long PROPAGATION_MS = 2_000;
  private static final GeoPoint AGADIR = new GeoPoint(30.4202, -9.5982);
  private static final GeoPoint OUJDA = new GeoPoint(34.6814, -1.9086);

  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoProcessesOnOneDatabase() {
    a = context("--hadana.search.reconnect-delay=100ms");
    String url = a.getBean(EmbeddedPostgresServer.class).jdbcUrl();
    b = context("--hadana.db.url=" + url, "--hadana.db.user=postgres", "--hadana.db.password=");
  }

  private static ConfigurableApplicationContext context(String... args) {
    return new SpringApplicationBuilder(RegistryTestApplication.class)
        .web(WebApplicationType.NONE)
        .run(args);
  }

  @AfterAll
  static void stop() {
    b.close();
    a.close();
  }

  @Test
  void aListingInsertedByAnotherProcessReachesTheIndex() {
    b.getBean(CrecheRepository.class)
        .insert(listing("PROP-INSERT", AGADIR.lat(), AGADIR.lon()).build());
    assertArrives(() -> nearestIn(a, AGADIR).contains("PROP-INSERT"));
  }

  @Test
  void listingsMovedOrClosedByAnotherProcessMoveOrLeaveTheIndex() {
    CrecheRepository repository = b.getBean(CrecheRepository.class);
    CrecheBuilder row = listing("PROP-UPDATE", AGADIR.lat() + 0.01, AGADIR.lon());
    repository.insert(row.build());
    assertArrives(() -> nearestIn(a, AGADIR).contains("PROP-UPDATE"));

    assertThat(repository.update(row.at(OUJDA.lat(), OUJDA.lon()).build(), 0)).isTrue();
    assertArrives(() -> nearestIn(a, OUJDA).contains("PROP-UPDATE"));
    assertThat(nearestIn(a, AGADIR)).doesNotContain("PROP-UPDATE");

    assertThat(repository.update(row.status(CrecheStatus.CLOSED).build(), 1)).isTrue();
    assertArrives(() -> !nearestIn(a, OUJDA).contains("PROP-UPDATE"));
  }

  @Test
  void theListenerReconnectsAndCatchesUpAfterLosingItsConnection() {
    JdbcClient jdbc = b.getBean(JdbcClient.class);
    int killed =
        jdbc.sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE query = 'LISTEN " + CrecheChangeListener.CHANNEL + "'")
            .query(Integer.class)
            .single();
    assertThat(killed).isGreaterThanOrEqualTo(1);
    b.getBean(CrecheRepository.class)
        .insert(listing("PROP-RECONNECT", OUJDA.lat(), OUJDA.lon()).build());
    // No 2-second promise here: the listener first has to notice, wait and reconnect.
    assertArrivesWithin(10_000, () -> nearestIn(a, OUJDA).contains("PROP-RECONNECT"));
  }

  private static List<String> nearestIn(ConfigurableApplicationContext context, GeoPoint at) {
    return context.getBean(CrecheSearch.class).nearby(at, 50, SearchFilters.NONE).hits().stream()
        .map(h -> h.creche().id())
        .toList();
  }

  private static void assertArrives(BooleanSupplier condition) {
    assertArrivesWithin(PROPAGATION_MS, condition);
  }

  private static void assertArrivesWithin(long millis, BooleanSupplier condition) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("change seen within %d ms", millis).isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
