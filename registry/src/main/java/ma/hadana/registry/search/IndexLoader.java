package ma.hadana.registry.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the search index while the application starts (before the web server opens, so before it
 * is ready) and reloads it every {@code hadana.search.refresh-interval}, a safety net for a
 * notification that was lost.
 */
@Component
class IndexLoader implements SmartLifecycle {

  /** Before the web server (which starts at {@code DEFAULT_PHASE - 2048}). */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private static final Logger log = LoggerFactory.getLogger(IndexLoader.class);

  private final CrecheSearch search;
  private final SearchProperties properties;
  private volatile ScheduledExecutorService scheduler;

  IndexLoader(CrecheSearch search, SearchProperties properties) {
    this.search = search;
    this.properties = properties;
  }

  @Override
  public void start() {
    search.refresh();
    log.info("Search index loaded: {} active listings", search.size());
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "hadana-search-refresh");
              t.setDaemon(true);
              return t;
            });
    long every = properties.refreshInterval().toMillis();
    s.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    scheduler = s;
  }

  private void refreshQuietly() {
    try {
      search.refresh();
    } catch (RuntimeException e) {
      log.warn("Periodic search index refresh failed; keeping the previous snapshot", e);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService s = scheduler;
    scheduler = null;
    if (s != null) {
      s.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
