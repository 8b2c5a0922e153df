package ma.hadana.registry.creche;

import static ma.hadana.registry.creche.Creches.MAARIF_PETITS_ANGES;
import static ma.hadana.registry.creche.Creches.SALE_AL_AMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import ma.hadana.registry.creche.AuditRows.Row;
import ma.hadana.registry.creche.SaveResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistryServiceTest {

  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired JdbcClient jdbc;
  AuditRows audit;

  @BeforeEach
  void emptyRegistry() {
    audit = new AuditRows(jdbc);
    audit.clearRegistry();
  }

  @Test
  void creatingAListingAuditsEveryFieldThatHasAValue() {
    SaveResult r = registry.save(SALE_AL_AMAL, null, "amina");
    assertThat(r).isEqualTo(new SaveResult("CR-90002", 0, Outcome.CREATED));
    assertThat(repository.findById("CR-90002")).get().extracting(StoredCreche::creche)
        .isEqualTo(SALE_AL_AMAL);
    assertThat(audit.of("CR-90002")).extracting(Row::field).containsExactly(
        "id", "name", "type", "commune", "lat", "lon", "age_min_months", "age_max_months",
        "accepts_undocumented", "status");
    assertThat(audit.of("CR-90002")).allMatch(
        a -> a.action().equals("create") && a.previous() == null && a.by().equals("amina"));
  }

  @Test
  void aChangedFieldBumpsTheVersionAndWritesExactlyOneAuditRow() {
    registry.save(MAARIF_PETITS_ANGES, null, "import");
    long before = audit.count();
    Creche fewerPlaces = withPlaces(MAARIF_PETITS_ANGES, 2);

    SaveResult r = registry.save(fewerPlaces, 0L, "khadija");

    assertThat(r).isEqualTo(new SaveResult("CR-90001", 1, Outcome.UPDATED));
    assertThat(audit.count()).isEqualTo(before + 1);
    assertThat(audit.of("CR-90001")).last()
        .isEqualTo(new Row("update", "places_available", "6", "2", "khadija"));
    assertThat(repository.findById("CR-90001")).get()
        .satisfies(s -> assertThat(s.version()).isEqualTo(1))
        .satisfies(s -> assertThat(s.creche()).isEqualTo(fewerPlaces));
  }

  @Test
  void savingAnUnchangedListingWritesNothing() {
    registry.save(MAARIF_PETITS_ANGES, null, "import");
    long before = audit.count();
    assertThat(registry.save(MAARIF_PETITS_ANGES, 0L, "import"))
        .isEqualTo(new SaveResult("CR-90001", 0, Outcome.UNCHANGED));
    assertThat(audit.count()).isEqualTo(before);
    assertThat(repository.findById("CR-90001")).get()
        .extracting(StoredCreche::version).isEqualTo(0L);
  }

  @Test
  void aSaveFromAnOutdatedVersionIsRefusedAndChangesNothing() {
    registry.save(MAARIF_PETITS_ANGES, null, "import");
    registry.save(withPlaces(MAARIF_PETITS_ANGES, 5), 0L, "khadija");
    long before = audit.count();

    assertThatThrownBy(() -> registry.save(withPlaces(MAARIF_PETITS_ANGES, 1), 0L, "youssef"))
        .isInstanceOf(StaleVersionException.class)
        .hasMessage("Listing CR-90001 was changed by someone else: expected version 0, found"
            + " version 1; reload it and apply the change again");
    assertThat(repository.findById("CR-90001")).get().extracting(s -> s.creche().placesAvailable())
        .isEqualTo(5);
    assertThat(audit.count()).isEqualTo(before);
  }

  @Test
  void creatingAnExistingIdOrUpdatingAMissingOneIsRefused() {
    registry.save(MAARIF_PETITS_ANGES, null, "import");
    assertThatThrownBy(() -> registry.save(MAARIF_PETITS_ANGES, null, "import"))
        .isInstanceOf(StaleVersionException.class).hasMessageContaining("already exists");
    assertThatThrownBy(() -> registry.save(SALE_AL_AMAL, 0L, "import"))
        .isInstanceOf(StaleVersionException.class)
        .hasMessage("Listing CR-90002 does not exist (expected version 0)");
  }

  @Test
  void deactivatingChangesOnlyTheStatusAndKeepsTheListing() {
    registry.save(MAARIF_PETITS_ANGES, null, "import");
    SaveResult r = registry.deactivate("CR-90001", 0, CrecheStatus.CLOSED, "khadija");
    assertThat(r).isEqualTo(new SaveResult("CR-90001", 1, Outcome.UPDATED));
    assertThat(repository.findById("CR-90001")).get().extracting(StoredCreche::creche)
        .isEqualTo(MAARIF_PETITS_ANGES.withStatus(CrecheStatus.CLOSED));
    assertThat(audit.of("CR-90001")).last()
        .isEqualTo(new Row("deactivate", "status", "active", "closed", "khadija"));
    assertThatThrownBy(() -> registry.deactivate("CR-90001", 0, CrecheStatus.CLOSED, "youssef"))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void everyChangeNeedsAnActor() {
    assertThatThrownBy(() -> registry.save(SALE_AL_AMAL, null, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.count()).isZero();
  }

  private static Creche withPlaces(Creche c, int places) {
    return new Creche(c.id(), c.name(), c.nameAr(), c.type(), c.operator(), c.region(),
        c.province(), c.commune(), c.arrondissement(), c.neighbourhood(), c.address(), c.lat(),
        c.lon(), c.phone(), c.ageMinMonths(), c.ageMaxMonths(), c.capacity(), places,
        c.monthlyFeeMad(), c.openingHours(), List.copyOf(c.languages()), c.meals(),
        c.acceptsUndocumented(), c.documentsRequired(), c.specialNeeds(), c.lastVerified(),
        c.status(), c.notes());
  }
}
