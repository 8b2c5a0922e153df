package ma.hadana.registry.search;

import java.util.Collection;
import ma.hadana.registry.creche.Creche;

/**
 * Lays listings out as an implicit k-d tree over unit vectors: the node over positions
 * {@code [lo, hi)} keeps its median at {@code (lo + hi) >>> 1}, smaller coordinates on that axis
 * to its left, larger to its right, down to leaves of at most {@link CrecheIndex#LEAF_SIZE}.
 */
final class TreeBuilder {

  private final Creche[] listings;
  private final double[][] vectors;
  private final byte[] splitDims;

  private TreeBuilder(Collection<Creche> input) {
    listings = input.toArray(Creche[]::new);
    vectors = new double[listings.length][];
    for (int i = 0; i < listings.length; i++) {
      vectors[i] = unitVector(listings[i].lat(), listings[i].lon());
    }
    splitDims = new byte[listings.length];
  }

  static TreeBuilder build(Collection<Creche> input) {
    TreeBuilder b = new TreeBuilder(input);
    b.split(0, b.listings.length);
    return b;
  }

  /** The unit vector of a position; chords between them order great-circle distances. */
  static double[] unitVector(double latDeg, double lonDeg) {
    double phi = Math.toRadians(latDeg);
    double lambda = Math.toRadians(lonDeg);
    double cosPhi = Math.cos(phi);
    return new double[] {cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)};
  }

  int size() {
    return listings.length;
  }

  Creche listing(int i) {
    return listings[i];
  }

  double[] vector(int i) {
    return vectors[i];
  }

  byte[] splitDims() {
    return splitDims;
  }

  private void split(int lo, int hi) {
    if (hi - lo <= CrecheIndex.LEAF_SIZE) {
      return;
    }
    int dim = widestAxis(lo, hi);
    int mid = (lo + hi) >>> 1;
    select(lo, hi - 1, mid, dim);
    splitDims[mid] = (byte) dim;
    split(lo, mid);
    split(mid + 1, hi);
  }

  private int widestAxis(int lo, int hi) {
    int best = 0;
    double bestSpread = -1;
    for (int d = 0; d < 3; d++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = lo; i < hi; i++) {
        min = Math.min(min, vectors[i][d]);
        max = Math.max(max, vectors[i][d]);
      }
      if (max - min > bestSpread) {
        bestSpread = max - min;
        best = d;
      }
    }
    return best;
  }

  /** Wirth's selection: puts the k-th smallest on axis {@code dim} at k, partitioned around it. */
  private void select(int lo, int hi, int k, int dim) {
    while (lo < hi) {
      double pivot = vectors[k][dim];
      int i = lo;
      int j = hi;
      do {
        while (vectors[i][dim] < pivot) {
          i++;
        }
        while (pivot < vectors[j][dim]) {
          j--;
        }
        if (i <= j) {
          swap(i++, j--);
        }
      } while (i <= j);
      if (j < k) {
        lo = i;
      }
      if (k < i) {
        hi = j;
      }
    }
  }

  private void swap(int a, int b) {
    Creche c = listings[a];
    listings[a] = listings[b];
    listings[b] = c;
    double[] v = vectors[a];
    vectors[a] = vectors[b];
    vectors[b] = v;
  }
}
