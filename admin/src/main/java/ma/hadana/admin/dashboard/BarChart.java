package ma.hadana.admin.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A small column chart drawn as inline SVG by the template: geometry only, no text of its own.
 * In a right-to-left page the first column is drawn on the right.
 */
record BarChart(int width, int height, List<Bar> bars) {

  static final int HEIGHT = 120;
  private static final int BAR = 24;
  private static final int GAP = 8;

  /** One column; {@code label} and {@code value} go in its tooltip title. */
  record Bar(int x, int y, int w, int h, String label, long value) {}

  static BarChart of(List<String> labels, List<Long> values, boolean rtl) {
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    int width = Math.max(1, labels.size() * (BAR + GAP) + GAP);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      long v = values.get(i);
      int h = (int) Math.round((HEIGHT - 4) * (double) v / max);
      int x = GAP + i * (BAR + GAP);
      bars.add(new Bar(rtl ? width - x - BAR : x, HEIGHT - h, BAR, h, labels.get(i), v));
    }
    return new BarChart(width, HEIGHT, bars);
  }
}
