package ma.hadana.bot.conversation.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver must keep up with a busy SMS line on one core, without help from its cache. */
class PlaceResolverSpeedTest {

  static final double REQUIRED_PER_SECOND = 5_000;

  @Test
  void resolvesAtLeastFiveThousandMessagesPerSecondOnOneCoreWithoutTheCache() throws Exception {
    List<String> texts =
        LabelledMessages.read(Path.of("src/test/resources/nlu/dev_messages.jsonl")).stream()
            .map(LabelledMessages.Labelled::text)
            .toList();
    PlaceResolver resolver = Resolvers.RESOLVER;
    int rounds = 80;
    double best = 0;
    for (int trial = 0; trial < 5; trial++) { // the first trials warm the JIT up; keep the best
      long start = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        for (String t : texts) {
          resolver.resolveUncached(t, null);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      best = Math.max(best, rounds * texts.size() / seconds);
    }
    System.out.printf("Place resolution: %.0f messages/s on one thread, no cache%n", best);
    assertThat(best).isGreaterThanOrEqualTo(REQUIRED_PER_SECOND);
  }
}
