package ma.hadana.bot.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BackoffTest {

  final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

  @ParameterizedTest(name = "attempt {0}: {1}..{2} ms")
  @CsvSource({"1, 1000, 2000", "2, 2000, 4000", "3, 4000, 8000", "8, 128000, 256000",
      "12, 300000, 600000", "40, 300000, 600000"})
  void doublesWithJitterUpToTheCap(int attempt, long min, long max) {
    for (int i = 0; i < 50; i++) {
      assertThat(backoff.after(attempt, null).toMillis()).isBetween(min, max);
    }
  }

  @Test
  void waitsAtLeastAsLongAsTheProviderAsks() {
    assertThat(backoff.after(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(3, Duration.ofMillis(1)).toMillis()).isGreaterThanOrEqualTo(4000);
  }
}
