package ma.hadana.registry.needs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to read and change the needs assessment of listings; every change is kept in
 * {@code creche_need_history} with who made it and when. Used by the console and the importer.
 */
@Service
public class Needs {

  private final NeedStore store;
  private final Clock clock;

  Needs(NeedStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The recorded needs of a listing, in survey order. */
  public List<NeedRecord> forListing(String crecheId) {
    return store.forListing(crecheId);
  }

  /** Every recorded need of every listing, by listing id then survey order. */
  public List<NeedRecord> all() {
    return store.all();
  }

  /** The changes to a listing's needs, most recent first. */
  public List<NeedChange> history(String crecheId) {
    return store.history(crecheId);
  }

  /**
   * Replaces a listing's answers: a need absent from {@code answers} is cleared, one whose value,
   * places and note are unchanged keeps its recorded date and recorder. Returns how many needs
   * changed.
   */
  @Transactional
  public int replace(String crecheId, Map<Need, NeedRecord> answers, String actor) {
    Objects.requireNonNull(actor, "actor");
    Instant now = clock.instant();
    Map<Need, NeedRecord> current = store.forListing(crecheId).stream()
        .collect(Collectors.toMap(NeedRecord::need, Function.identity()));
    int changed = 0;
    for (Need need : Need.values()) {
      NeedRecord before = current.get(need);
      NeedRecord after = answers.get(need);
      if (after == null && before != null) {
        store.remove(before, actor, now);
        changed++;
      } else if (after != null && !after.sameAnswer(before)) {
        store.put(after, actor, now);
        changed++;
      }
    }
    return changed;
  }

  /** Writes one answer as given (import); false when it was already recorded exactly so. */
  boolean put(NeedRecord answer, NeedRecord current, String actor) {
    if (answer.equals(current)) {
      return false;
    }
    store.put(answer, actor, clock.instant());
    return true;
  }
}
