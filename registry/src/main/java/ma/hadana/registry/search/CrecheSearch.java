package ma.hadana.registry.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.geo.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nearest-first crèche search for the rest of Hadana. Queries read the current {@link
 * CrecheIndex} snapshot without locking; {@link IndexLoader} and {@link CrecheChangeListener}
 * swap in new snapshots as the database changes, one writer at a time.
 */
@Component
public class CrecheSearch {

  private static final Logger log = LoggerFactory.getLogger(CrecheSearch.class);

  private final CrecheRepository repository;
  private final AtomicReference<CrecheIndex> index = new AtomicReference<>();
  private final Object writer = new Object();

  public CrecheSearch(CrecheRepository repository) {
    this.repository = repository;
  }

  /**
   * The nearest active listings that pass the filters; see {@link CrecheIndex#nearby}.
   *
   * @throws IndexNotLoadedException before the first load
   */
  public NearbyResult nearby(GeoPoint from, int limit, SearchFilters filters) {
    CrecheIndex current = index.get();
    if (current == null) {
      throw new IndexNotLoadedException();
    }
    return current.nearby(from, limit, filters);
  }

  /** One listing by id, whatever its status, straight from the database. */
  public Optional<Creche> listing(String id) {
    return repository.findById(id).map(StoredCreche::creche);
  }

  /** True once the index has been loaded from the database. */
  public boolean loaded() {
    return index.get() != null;
  }

  /** Number of active listings in the index (0 before the first load). */
  public int size() {
    CrecheIndex current = index.get();
    return current == null ? 0 : current.size();
  }

  /** Rebuilds the index from every listing in the database. */
  public void refresh() {
    synchronized (writer) {
      List<Creche> all = repository.findAll().stream().map(StoredCreche::creche).toList();
      CrecheIndex next = CrecheIndex.of(all);
      index.set(next);
      log.debug("Search index loaded: {} active listings of {}", next.size(), all.size());
    }
  }

  /** Reloads these listings (changed, added or deleted) into the index. */
  void apply(Collection<String> changedIds) {
    synchronized (writer) {
      CrecheIndex current = index.get();
      if (current == null) {
        return; // the first load has not run yet and will read these rows as they are now
      }
      List<Creche> rows =
          repository.findByIds(changedIds).stream().map(StoredCreche::creche).toList();
      index.set(current.withChanges(changedIds, rows));
      log.debug("Search index updated: {} listings changed", changedIds.size());
    }
  }
}
