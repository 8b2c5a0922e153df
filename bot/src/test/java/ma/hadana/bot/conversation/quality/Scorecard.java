package ma.hadana.bot.conversation.quality;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts right and wrong answers per measure and per group, and prints them as a table. */
final class Scorecard {

  private final Map<String, int[]> counts = new TreeMap<>();

  void score(String measure, String group, boolean right) {
    for (String key : new String[] {measure + " | all", measure + " | " + group}) {
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
    }
  }

  double rate(String measure) {
    int[] c = counts.get(measure + " | all");
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  int total(String measure) {
    int[] c = counts.get(measure + " | all");
    return c == null ? 0 : c[1];
  }

  String table(String title) {
    StringBuilder sb = new StringBuilder("\n== ").append(title).append('\n');
    counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%-28s %5d/%-5d %6.1f%%%n", k, c[0], c[1],
        100.0 * c[0] / c[1])));
    return sb.toString();
  }
}
