package ma.hadana.bot.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.conversation.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due rows with {@code FOR UPDATE SKIP LOCKED} (any number
 * of workers may share a database), skips opted-out recipients, paces each channel, and records
 * each provider's answer right after it comes: sent, retry later with backoff, or given up. A pass
 * claims no more rows than it has sending threads (shared among the channels, the first one
 * taking turns), so every claimed row starts sending at once, well within its claim.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxWorker implements SmartLifecycle, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  private static final Duration HOUSEKEEPING = Duration.ofHours(1);

  private final OutboxStore store;
  private final Map<Channel, OutboundSender> senders = new EnumMap<>(Channel.class);
  private final Delivery delivery;
  private final InboundReceipts receipts;
  private final OutboxProperties props;
  private final Clock clock;
  private final Object signal = new Object();
  private volatile boolean running;
  private boolean woken;
  private Thread loop;
  private ExecutorService pool;
  private Instant nextHousekeeping = Instant.MIN;
  private int firstChannel;

  OutboxWorker(OutboxStore store, List<OutboundSender> senders, Contacts contacts,
      InboundReceipts receipts, OutboxProperties props, OutboxMetrics metrics, Clock clock) {
    this.store = store;
    for (OutboundSender s : senders) {
      for (Channel c : s.channels()) {
        this.senders.put(c, s);
      }
    }
    if (props.worker()) {
      checkClaim(this.senders, props);
    }
    this.delivery = new Delivery(store, this.senders, contacts, props, metrics, clock);
    this.receipts = receipts;
    this.props = props;
    this.clock = clock;
  }

  /**
   * Refuses to start when a claim cannot cover a provider's longest call plus the margin: every
   * row would go back to the queue unsent (or, before that check, be sent twice).
   */
  private static void checkClaim(Map<Channel, OutboundSender> senders, OutboxProperties props) {
    senders.forEach((c, s) -> {
      Duration needed = s.longestCall(c).plus(props.claimMargin());
      if (props.claimTimeout().compareTo(needed) <= 0) {
        throw new ClaimTooShortException(c, props.claimTimeout(), s.longestCall(c), props.claimMargin());
      }
    });
  }

  @Override
  public boolean isAutoStartup() {
    return props.worker();
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    if (senders.isEmpty()) {
      log.info("Outbox worker idle: no channel has credentials to send with");
      return;
    }
    loop = new Thread(this::loop, "outbox-worker");
    loop.setDaemon(true);
    loop.start();
    log.info("Outbox worker started for {}", senders.keySet());
  }

  @Override
  public void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = loop;
      loop = null;
    }
    wake();
    if (t != null) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public synchronized void destroy() {
    stop();
    if (pool != null) {
      pool.shutdownNow();
      pool = null;
    }
  }

  /** Ends the idle wait now (a message was just committed). */
  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      int handled = 0;
      try {
        handled = runOnce();
      } catch (DataAccessException | TransactionException e) {
        // The database is away (an outage logs this every pass): one line, no stack trace.
        log.warn("Outbox pass failed ({}); retrying after the poll interval", e.getClass().getSimpleName());
      } catch (RuntimeException e) {
        log.warn("Outbox pass failed; retrying after the poll interval", e);
      }
      if (handled == 0) {
        idle();
      }
    }
  }

  private void idle() {
    synchronized (signal) {
      if (!woken && running) {
        try {
          signal.wait(Math.max(1, props.pollInterval().toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }

  /** One pass: claims what is due on every channel and sends it; returns how many rows it handled. */
  public int runOnce() {
    Instant now = clock.instant();
    housekeeping(now);
    OutboxStore.Abandoned abandoned = store.buryAbandoned(props.maxAttempts(), now);
    if (abandoned.buried() > 0) {
      log.warn("Outbox dead-lettered {} message(s) whose worker died on the last attempt, maybe"
          + " after sending", abandoned.buried());
    }
    if (abandoned.released() > 0) {
      log.warn("Outbox queued again {} message(s) whose worker died on the last attempt before"
          + " sending (attempt not counted)", abandoned.released());
    }
    List<Future<?>> work = new ArrayList<>();
    List<Channel> channels = new ArrayList<>(senders.keySet());
    firstChannel = (firstChannel + 1) % Math.max(1, channels.size());
    Collections.rotate(channels, -firstChannel);
    int[] got = new int[channels.size()];
    boolean[] full = new boolean[channels.size()];
    int free = Math.max(1, props.threads());
    // First each channel's fair share of the free threads, then what is left to those that
    // filled theirs (they may hold more).
    for (int i = 0; i < channels.size() && free > 0; i++) {
      int share = Math.min(props.batchSize(), ceilDiv(free, channels.size() - i));
      got[i] = claim(channels.get(i), share, work);
      full[i] = got[i] == share;
      free -= got[i];
    }
    for (int i = 0; i < channels.size() && free > 0; i++) {
      if (full[i] && got[i] < props.batchSize()) {
        free -= claim(channels.get(i), Math.min(props.batchSize() - got[i], free), work);
      }
    }
    for (Future<?> f : work) {
      try {
        f.get();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException ex) {
        log.warn("Outbox send failed unexpectedly", ex.getCause());
      }
    }
    return work.size();
  }

  /**
   * Claims up to {@code limit} rows of {@code ch} and hands each to a sending thread; the claim
   * runs from now (not from the start of the pass: housekeeping may have taken a while).
   */
  private int claim(Channel ch, int limit, List<Future<?>> work) {
    List<OutboxMessage> rows = store.claim(ch, limit, props.maxAttempts(), props.claimTimeout(),
        senders.get(ch).perRecipientInterval(ch), clock.instant());
    for (OutboxMessage m : rows) {
      work.add(pool().submit(() -> delivery.deliver(m)));
    }
    return rows.size();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private synchronized ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(Math.max(1, props.threads()), r -> {
        Thread t = new Thread(r, "outbox-send");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }

  private void housekeeping(Instant now) {
    if (now.isBefore(nextHousekeeping)) {
      return;
    }
    nextHousekeeping = now.plus(HOUSEKEEPING);
    Instant before = now.minus(props.retention());
    int rows = store.purgeFinished(before);
    int receiptsPurged = receipts.purge(before);
    if (rows + receiptsPurged > 0) {
      log.info("Retention: deleted {} finished outbox rows and {} inbound receipts", rows, receiptsPurged);
    }
  }
}
