package ma.hadana.bot.conversation.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Place accuracy on every labelled message of the development set. */
class DevSetPlaceAccuracyTest {

  /** Set honestly below the measured value (42/42 when written; the set is small). */
  static final double FLOOR = 0.95;

  @Test
  void resolvesTheDevelopmentSetAboveTheFloor() throws Exception {
    var messages = LabelledMessages.read(Path.of("src/test/resources/nlu/dev_messages.jsonl"));
    var score = new PlaceAccuracy(Resolvers.GAZETTEER, Resolvers.RESOLVER).score(messages);
    System.out.printf(
        "Place accuracy (dev set): %d/%d = %.1f%%%n", score.right(), score.total(), 100 * score.ratio());
    System.out.printf("Place found in a message naming none: %d/%d%n", score.spurious(), score.placeless());
    score.misses().forEach(m -> System.out.println("  miss " + m));
    assertThat(score.ratio()).isGreaterThanOrEqualTo(FLOOR);
    assertThat(score.spurious()).isLessThanOrEqualTo(1);
  }
}
