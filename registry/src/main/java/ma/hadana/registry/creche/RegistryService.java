package ma.hadana.registry.creche;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import ma.hadana.registry.creche.CrecheAuditLog.Action;
import ma.hadana.registry.creche.SaveResult.Outcome;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to change the registry: saves and deactivates listings with optimistic locking,
 * and writes one {@code creche_audit} row per changed field in the same transaction. Listings
 * are never deleted. Used by the importer and the admin console.
 */
@Service
public class RegistryService {

  private final CrecheRepository repository;
  private final CrecheAuditLog audit;
  private final Clock clock;

  RegistryService(CrecheRepository repository, CrecheAuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates the listing ({@code expectedVersion} null) or updates it from the version the caller
   * read. A save that changes no field writes nothing and keeps the version.
   *
   * @throws StaleVersionException when the listing exists although a create was asked, is gone,
   *     or is no longer at {@code expectedVersion}
   */
  @Transactional
  public SaveResult save(Creche creche, Long expectedVersion, String actor) {
    requireActor(actor);
    String id = Objects.requireNonNull(creche.id(), "id");
    if (expectedVersion == null) {
      return create(creche, actor);
    }
    StoredCreche stored = atVersion(id, expectedVersion);
    return write(stored, creche, Action.UPDATE, actor);
  }

  /**
   * Takes a listing out of search by setting a non-active status; the row and its history stay.
   *
   * @throws StaleVersionException when the listing is gone or no longer at {@code expectedVersion}
   */
  @Transactional
  public SaveResult deactivate(String id, long expectedVersion, CrecheStatus status, String actor) {
    requireActor(actor);
    if (status == null || status == CrecheStatus.ACTIVE) {
      throw new IllegalArgumentException("deactivate needs a non-active status, not " + status);
    }
    StoredCreche stored = atVersion(id, expectedVersion);
    return write(stored, stored.creche().withStatus(status), Action.DEACTIVATE, actor);
  }

  private SaveResult create(Creche creche, String actor) {
    if (repository.findById(creche.id()).isPresent()) {
      throw StaleVersionException.alreadyExists(creche.id());
    }
    try {
      repository.insert(creche);
    } catch (DuplicateKeyException raced) {
      throw StaleVersionException.alreadyExists(creche.id());
    }
    audit.record(
        creche.id(), Action.CREATE, CrecheFields.changes(null, creche), actor, clock.instant());
    return new SaveResult(creche.id(), 0, Outcome.CREATED);
  }

  private SaveResult write(StoredCreche stored, Creche next, Action action, String actor) {
    String id = stored.creche().id();
    List<FieldChange> changes = CrecheFields.changes(stored.creche(), next);
    if (changes.isEmpty()) {
      return new SaveResult(id, stored.version(), Outcome.UNCHANGED);
    }
    if (!repository.update(next, stored.version())) {
      throw StaleVersionException.changed(id, stored.version(), null);
    }
    audit.record(id, action, changes, actor, clock.instant());
    return new SaveResult(id, stored.version() + 1, Outcome.UPDATED);
  }

  private StoredCreche atVersion(String id, long expectedVersion) {
    StoredCreche stored =
        repository.findById(id)
            .orElseThrow(() -> StaleVersionException.missing(id, expectedVersion));
    if (stored.version() != expectedVersion) {
      throw StaleVersionException.changed(id, expectedVersion, stored.version());
    }
    return stored;
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("every change needs the name of who makes it");
    }
  }
}
