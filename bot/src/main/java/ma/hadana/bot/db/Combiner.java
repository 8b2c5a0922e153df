package ma.hadana.bot.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs jobs that concurrent threads submit in batches, on the submitting threads themselves
 * (flat combining): a thread that finds fewer than {@code runners} batches in progress runs the
 * queued jobs, its own among them, as one batch; the others wait for their results. Alone, a job
 * runs at once on its own thread as a batch of one; under load, the jobs that arrived while a
 * batch ran form the next one, so one database transaction serves many messages without any
 * job waiting for a batch to fill.
 *
 * <p>Jobs with equal {@code key}s never share a batch (a later one waits for the next). When a
 * batch fails in a way that may be one job's ({@code isolate}), each of its jobs is run again
 * alone, so that one job's failure is its own; a failure that is everyone's (the database is
 * away) is every job's at once, without trying each again.
 */
public final class Combiner<J, R> {

  private final Function<List<J>, List<R>> batch;
  private final Function<J, Object> key;
  private final Predicate<Throwable> isolate;
  private final int runners;
  private final int maxBatch;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Slot<J, R>> queue = new ArrayDeque<>();
  private int running;

  /**
   * @param batch runs jobs as one batch and returns their results in the same order
   * @param key jobs with equal keys are never in the same batch
   * @param isolate whether a batch's failure may be one job's, so each job is tried alone
   * @param runners how many batches may run at once (each holds a database connection)
   * @param maxBatch the most jobs in one batch
   */
  public Combiner(Function<List<J>, List<R>> batch, Function<J, Object> key,
      Predicate<Throwable> isolate, int runners, int maxBatch) {
    if (runners < 1 || maxBatch < 1) {
      throw new IllegalArgumentException("runners and maxBatch must be at least 1");
    }
    this.batch = batch;
    this.key = key;
    this.isolate = isolate;
    this.runners = runners;
    this.maxBatch = maxBatch;
  }

  /** Runs {@code job}, maybe with others, and returns its result or throws its failure. */
  public R submit(J job) {
    Slot<J, R> mine = new Slot<>(job, Thread.currentThread());
    boolean run;
    lock.lock();
    try {
      queue.add(mine);
      run = running < runners;
      if (run) {
        running++;
      }
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (true) {
      if (run) {
        runUntilDone(mine);
        run = false;
      }
      if (mine.done) {
        break;
      }
      LockSupport.park(this);
      interrupted |= Thread.interrupted(); // waits on: the batch holding this job always ends
      lock.lock();
      try {
        if (mine.promoted) {
          mine.promoted = false;
          run = true;
        }
      } finally {
        lock.unlock();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (mine.failure instanceof RuntimeException e) {
      throw e;
    }
    if (mine.failure instanceof Error e) {
      throw e;
    }
    if (mine.failure != null) {
      throw new IllegalStateException(mine.failure);
    }
    return mine.result;
  }

  /**
   * Runs batches until {@code mine} is done or the queue is empty (then another runner has it),
   * and hands the turn to the oldest waiting job's thread when work is left.
   */
  private void runUntilDone(Slot<J, R> mine) {
    try {
      while (!mine.done) {
        List<Slot<J, R>> next = take();
        if (next.isEmpty()) {
          break;
        }
        run(next);
      }
    } finally {
      lock.lock();
      try {
        running--;
        Slot<J, R> oldest = queue.peek();
        if (oldest != null && running < runners) {
          running++;
          oldest.promoted = true;
          LockSupport.unpark(oldest.owner);
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** The next batch: queued jobs in order, at most one per key, at most {@code maxBatch}. */
  private List<Slot<J, R>> take() {
    lock.lock();
    try {
      List<Slot<J, R>> next = new ArrayList<>();
      Set<Object> keys = new HashSet<>();
      for (Iterator<Slot<J, R>> it = queue.iterator(); it.hasNext() && next.size() < maxBatch; ) {
        Slot<J, R> s = it.next();
        if (keys.add(key.apply(s.job))) {
          it.remove();
          next.add(s);
        }
      }
      return next;
    } finally {
      lock.unlock();
    }
  }

  private void run(List<Slot<J, R>> slots) {
    List<J> jobs = slots.stream().map(s -> s.job).toList();
    List<R> results;
    try {
      results = batch.apply(jobs);
    } catch (RuntimeException | Error e) {
      if (slots.size() > 1 && isolate.test(e)) {
        for (Slot<J, R> s : slots) {
          run(List.of(s));
        }
      } else {
        for (Slot<J, R> s : slots) {
          finish(s, null, e);
        }
      }
      return;
    }
    for (int i = 0; i < slots.size(); i++) {
      finish(slots.get(i), results.get(i), null);
    }
  }

  private static <J, R> void finish(Slot<J, R> s, R result, Throwable failure) {
    s.result = result;
    s.failure = failure;
    s.done = true;
    if (s.owner != Thread.currentThread()) {
      LockSupport.unpark(s.owner);
    }
  }

  /** A submitted job and what became of it. */
  private static final class Slot<J, R> {

    final J job;
    final Thread owner;
    R result;
    Throwable failure;
    volatile boolean done;
    /** Set, under the lock, when the owner is to run batches. */
    boolean promoted;

    Slot(J job, Thread owner) {
      this.job = job;
      this.owner = owner;
    }
  }
}
