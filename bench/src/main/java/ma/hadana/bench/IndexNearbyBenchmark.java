package ma.hadana.bench;

import java.util.concurrent.TimeUnit;
import ma.hadana.registry.geo.GeoPoint;
import ma.hadana.registry.search.CrecheIndex;
import ma.hadana.registry.search.NearbyResult;
import ma.hadana.registry.search.SearchFilters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code CrecheIndex.nearby(point, 5, filters)} on the in-memory index, query after query. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(2)
public class IndexNearbyBenchmark {

  private static final SearchFilters TODDLER_PUBLIC =
      SearchFilters.NONE.withAgeMonths(24).withPublicOnly(true);

  @Param({Datasets.DEMO, Datasets.SYNTHETIC})
  public String dataset;

  private CrecheIndex index;
  private GeoPoint[] queries;
  private int next;

  @Setup
  public void build() {
    index = CrecheIndex.of(Datasets.listings(dataset));
    queries = Datasets.queries(dataset);
  }

  /** Limit 5, no filter: the query the SQL benchmark runs too. */
  @Benchmark
  public NearbyResult nearby5() {
    return index.nearby(queries[next++ & (Datasets.QUERY_COUNT - 1)], 5, SearchFilters.NONE);
  }

  /** Limit 5 for a 2-year-old, public crèches only (about one listing in six passes). */
  @Benchmark
  public NearbyResult nearby5Filtered() {
    return index.nearby(queries[next++ & (Datasets.QUERY_COUNT - 1)], 5, TODDLER_PUBLIC);
  }
}
