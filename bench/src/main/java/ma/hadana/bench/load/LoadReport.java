package ma.hadana.bench.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and outcomes of one run: throughput and p50/p95/p99/max. */
final class LoadReport {

  private long[] nanos = new long[1 << 16];
  private int size;
  private final AtomicLong errors = new AtomicLong();

  synchronized void record(long latencyNanos, boolean ok) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
    if (!ok) {
      errors.incrementAndGet();
    }
  }

  synchronized String summary(String label, long elapsedNanos) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    double seconds = elapsedNanos / 1e9;
    return String.format(Locale.ROOT,
        "%s: %d requests in %.1f s = %.1f req/s, errors %d | latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f",
        label, size, seconds, size / seconds, errors.get(), ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99), size == 0 ? 0 : sorted[size - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }
}
