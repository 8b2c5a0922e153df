package ma.hadana.bot.conversation.understanding.model;

import java.util.Map;
import java.util.Optional;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model (L-BFGS, {@link QNModel}) laid out for scoring a message
 * without building its features as strings: each feature is hashed as {@link TextFeatures}
 * writes it (64 bits) and found in an open-addressing table, and the weights of all features
 * sit in three flat arrays. Sums the same weights in the same order as OpenNLP and normalises
 * the same way, so the probabilities are the same to the last bit (a test checks it).
 *
 * <p>A feature the model never saw could share its 64-bit hash with one it knows: about one
 * chance in 10^14 per look-up for a model of 200,000 features. Two known features sharing a
 * hash make {@link #of} decline, and the categoriser keeps OpenNLP's own scoring.
 */
final class CompiledMaxent {

  private static final long EMPTY = 0;

  /**
   * Open addressing, two longs a slot: the feature's hash, then where its weights start in
   * {@link #outcomes} and {@link #weights} (high half) and how many there are (low half).
   */
  private final long[] slots;
  private final int mask;
  private final int[] outcomes;
  private final double[] weights;
  private final int numOutcomes;

  private CompiledMaxent(long[] slots, int[] outcomes, double[] weights, int numOutcomes) {
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.outcomes = outcomes;
    this.weights = weights;
    this.numOutcomes = numOutcomes;
  }

  /** The compiled form of {@code model}; empty for another kind of model or a hash clash. */
  static Optional<CompiledMaxent> of(MaxentModel model) {
    if (!(model instanceof QNModel qn)) {
      return Optional.empty();
    }
    Object[] data = qn.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    int n = pmap.size();
    int size = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1;
    long[] slots = new long[size * 2];
    int total = 0;
    for (Context c : pmap.values()) {
      total += c.getOutcomes().length;
    }
    int[] outcomes = new int[total];
    double[] weights = new double[total];
    int at = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      long key = hash(e.getKey());
      int slot = (int) key & (size - 1);
      while (slots[2 * slot] != EMPTY) {
        if (slots[2 * slot] == key) {
          return Optional.empty(); // two features, one hash: stay with OpenNLP's scoring
        }
        slot = (slot + 1) & (size - 1);
      }
      int[] o = e.getValue().getOutcomes();
      slots[2 * slot] = key;
      slots[2 * slot + 1] = (long) at << 32 | o.length;
      double[] w = e.getValue().getParameters();
      System.arraycopy(o, 0, outcomes, at, o.length);
      System.arraycopy(w, 0, weights, at, w.length);
      at += o.length;
    }
    return Optional.of(new CompiledMaxent(slots, outcomes, weights, qn.getNumOutcomes()));
  }

  /** The probability of each outcome (in the model's order) for a message's features. */
  double[] score(TextFeatures features, NormalizedText text, Map<String, Object> extra) {
    Summer summer = new Summer();
    features.emit(text, extra, summer);
    double[] probs = summer.sums;
    // As OpenNLP's QNModel: log-sum-exp around the largest sum, with StrictMath.
    double max = Double.NEGATIVE_INFINITY;
    for (double v : probs) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : probs) {
      if (v != Double.NEGATIVE_INFINITY) {
        sum += StrictMath.exp(v - max);
      }
    }
    double logSumExp = max + StrictMath.log(sum);
    for (int i = 0; i < probs.length; i++) {
      probs[i] = StrictMath.exp(probs[i] - logSumExp);
    }
    return probs;
  }

  /** Adds each known feature's weights as the feature ends. */
  private final class Summer implements FeatureSink {

    final double[] sums = new double[numOutcomes];
    private long h;

    @Override
    public void begin() {
      h = OFFSET;
    }

    @Override
    public void append(String s, int from, int to) {
      long x = h;
      for (int i = from; i < to; i++) {
        x = (x ^ s.charAt(i)) * PRIME;
      }
      h = x;
    }

    @Override
    public void end() {
      long key = finish(h);
      int slot = (int) key & mask;
      long k;
      while ((k = slots[2 * slot]) != EMPTY) {
        if (k == key) {
          long span = slots[2 * slot + 1];
          int from = (int) (span >>> 32);
          for (int i = from, end = from + (int) span; i < end; i++) {
            sums[outcomes[i]] += 1.0 * weights[i]; // OpenNLP multiplies by the feature's value, 1
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /** The 64-bit hash of a whole feature, as {@link Summer} computes it piece by piece. */
  static long hash(String feature) {
    long x = OFFSET;
    for (int i = 0; i < feature.length(); i++) {
      x = (x ^ feature.charAt(i)) * PRIME;
    }
    return finish(x);
  }

  /** FNV-1a mixed further (MurmurHash3's finaliser) so that the low bits pick slots evenly. */
  private static long finish(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x == EMPTY ? 1 : x;
  }
}
