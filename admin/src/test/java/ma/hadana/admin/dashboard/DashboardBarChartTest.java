package ma.hadana.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bar heights follow the values; right-to-left pages draw the first bar on the right. */
class DashboardBarChartTest {

  @Test
  void heightsAreProportionalAndRightToLeftMirrors() {
    BarChart ltr = BarChart.of(List.of("a", "b", "c"), List.of(10L, 5L, 0L), false);
    BarChart rtl = BarChart.of(List.of("a", "b", "c"), List.of(10L, 5L, 0L), true);
    assertThat(ltr.bars()).extracting(BarChart.Bar::h).containsExactly(116, 58, 0);
    assertThat(ltr.bars()).allSatisfy(b -> assertThat(b.y() + b.h()).isEqualTo(ltr.height()));
    assertThat(ltr.bars().get(0).x()).isLessThan(ltr.bars().get(2).x());
    assertThat(rtl.bars().get(0).x()).isGreaterThan(rtl.bars().get(2).x());
    for (int i = 0; i < 3; i++) {
      assertThat(rtl.bars().get(i).x() + rtl.bars().get(i).w())
          .isEqualTo(ltr.width() - ltr.bars().get(i).x());
    }
    assertThat(BarChart.of(List.of(), List.of(), true).bars()).isEmpty();
  }
}
