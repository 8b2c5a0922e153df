package ma.hadana.bot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent jobs run in batches on their own threads, never two of one key together. */
class CombinerTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** The key of "b1" and "b2" is "b". */
  private static Object key(String job) {
    return job.substring(0, 1);
  }

  private Combiner<String, String> combiner(Function<List<String>, List<String>> run, int runners) {
    return new Combiner<>(jobs -> {
      batches.add(List.copyOf(jobs));
      return run.apply(jobs);
    }, CombinerTest::key, e -> e instanceof IllegalArgumentException, runners, 32);
  }

  private static List<String> upper(List<String> jobs) {
    return jobs.stream().map(String::toUpperCase).toList();
  }

  @Test
  void aJobAloneRunsAtOnceOnItsOwnThread() {
    List<Thread> ranOn = new ArrayList<>();
    Combiner<String, String> c = combiner(jobs -> {
      ranOn.add(Thread.currentThread());
      return upper(jobs);
    }, 2);
    assertThat(c.submit("a")).isEqualTo("A");
    assertThat(ranOn).containsExactly(Thread.currentThread());
    assertThat(batches).containsExactly(List.of("a"));
  }

  @Test
  void jobsArrivingWhileABatchRunsFormTheNextOneWithoutTwoOfAKey() throws Exception {
    Combiner<String, String> c = blockedFirst(CombinerTest::upper);
    List<String> results = new ArrayList<>();
    for (Future<String> f : submitWhileBlocked(c, "b1", "c", "b2", "d")) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    assertThat(results).containsExactly("B1", "C", "B2", "D");
    assertThat(batches).containsExactly(List.of("a"), List.of("b1", "c", "d"), List.of("b2"));
  }

  @Test
  void aFailedBatchIsTriedJobByJobSoThatAFailureStaysItsJobs() throws Exception {
    Combiner<String, String> c = blockedFirst(jobs -> {
      if (jobs.contains("x")) {
        throw new IllegalArgumentException("x is bad");
      }
      return upper(jobs);
    });
    List<Future<String>> f = submitWhileBlocked(c, "b", "x", "d");
    assertThat(f.get(0).get(30, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(f.get(2).get(30, TimeUnit.SECONDS)).isEqualTo("D");
    assertThatThrownBy(() -> f.get(1).get(30, TimeUnit.SECONDS)).hasRootCauseMessage("x is bad");
    assertThat(batches).contains(List.of("b", "x", "d"), List.of("b"), List.of("x"), List.of("d"));
  }

  @Test
  void aFailureThatIsEveryonesFailsTheWholeBatchAtOnce() throws Exception {
    Combiner<String, String> c = blockedFirst(jobs -> {
      if (!jobs.contains("a")) {
        throw new IllegalStateException("database away");
      }
      return upper(jobs);
    });
    List<Future<String>> f = submitWhileBlocked(c, "b", "c");
    for (Future<String> one : f) {
      assertThatThrownBy(() -> one.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("database away");
    }
    assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
  }

  @Test
  void underLoadEveryJobGetsItsOwnResultAndAtMostTwoBatchesRunAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Combiner<String, String> c = combiner(jobs -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return upper(jobs);
    }, 2);
    List<Future<List<String>>> clients = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      long seed = t;
      clients.add(threads.submit(() -> {
        Random random = new Random(seed);
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
          String job = (char) ('a' + random.nextInt(10)) + "-" + seed + "-" + n;
          if (!c.submit(job).equals(job.toUpperCase())) {
            wrong.add(job);
          }
        }
        return wrong;
      }));
    }
    for (Future<List<String>> f : clients) {
      assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
    }
    assertThat(most.get()).isLessThanOrEqualTo(2);
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(16 * 200);
    assertThat(batches).allSatisfy(b -> assertThat(new HashSet<>(b.stream().map(CombinerTest::key)
        .toList())).hasSize(b.size()));
    assertThat(batches.stream().mapToInt(List::size).max().orElse(0)).isGreaterThan(1);
  }

  private final CountDownLatch firstStarted = new CountDownLatch(1);
  private final CountDownLatch firstReleased = new CountDownLatch(1);

  /** A combiner with one runner whose batch holding "a" waits for {@link #submitWhileBlocked}. */
  private Combiner<String, String> blockedFirst(Function<List<String>, List<String>> run) {
    return combiner(jobs -> {
      if (jobs.contains("a")) {
        firstStarted.countDown();
        await(firstReleased);
      }
      return run.apply(jobs);
    }, 1);
  }

  /** Runs "a", queues {@code jobs} behind it (in order), then lets "a" finish. */
  private List<Future<String>> submitWhileBlocked(Combiner<String, String> c, String... jobs)
      throws Exception {
    Future<String> a = threads.submit(() -> c.submit("a"));
    assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
    List<Future<String>> out = new ArrayList<>();
    List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    for (String job : jobs) {
      out.add(threads.submit(() -> {
        waiting.add(Thread.currentThread());
        return c.submit(job);
      }));
      awaitParked(c, waiting, out.size());
    }
    firstReleased.countDown();
    assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo("A");
    return out;
  }

  /** Waits until {@code n} threads have registered and the last one is parked in the combiner. */
  private static void awaitParked(Combiner<?, ?> c, List<Thread> waiting, int n)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      if (waiting.size() == n) {
        Thread t = waiting.get(n - 1);
        if (t.getState() == Thread.State.WAITING && LockSupport.getBlocker(t) == c) {
          return;
        }
      }
      Thread.sleep(1);
    }
    throw new AssertionError("job " + n + " never waited");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
