package ma.hadana.bot.conversation.understanding.model;

import java.util.Set;

/** A categoriser's probability for each category it knows. */
public record Scores(String[] categories, double[] probabilities) {

  /** The most probable category. */
  public String best() {
    return bestAmong(null);
  }

  /** The most probable category within {@code allowed} (all categories when null). */
  public String bestAmong(Set<String> allowed) {
    int best = -1;
    for (int i = 0; i < categories.length; i++) {
      if ((allowed == null || allowed.contains(categories[i]))
          && (best < 0 || probabilities[i] > probabilities[best])) {
        best = i;
      }
    }
    return best < 0 ? null : categories[best];
  }

  /** Probability of {@code category}, 0 when unknown. */
  public double probability(String category) {
    for (int i = 0; i < categories.length; i++) {
      if (categories[i].equals(category)) {
        return probabilities[i];
      }
    }
    return 0;
  }

  /** Probability of {@code category} among {@code allowed}, renormalised to sum to 1. */
  public double share(String category, Set<String> allowed) {
    double total = 0;
    for (int i = 0; i < categories.length; i++) {
      if (allowed.contains(categories[i])) {
        total += probabilities[i];
      }
    }
    return total == 0 ? 0 : probability(category) / total;
  }
}
