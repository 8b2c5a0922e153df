package ma.hadana.bot.conversation.place;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Measures place accuracy on labelled files outside the build, named by the system property
 * {@code hadana.nlu.eval} (comma-separated JSON-lines paths); skipped without it. Prints only.
 */
class ExternalSetPlaceAccuracyTest {

  @Test
  void printsPlaceAccuracyOfTheNamedFiles() throws Exception {
    String files = System.getProperty("hadana.nlu.eval", "");
    assumeTrue(!files.isBlank(), "set -Dhadana.nlu.eval=FILE[,FILE] to measure");
    PlaceAccuracy accuracy = new PlaceAccuracy(Resolvers.GAZETTEER, Resolvers.RESOLVER);
    for (String f : files.split(",")) {
      Path path = Path.of(f.trim());
      if (!Files.exists(path)) {
        System.out.println("Missing " + path);
        continue;
      }
      var score = accuracy.score(LabelledMessages.read(path));
      System.out.printf(
          "Place accuracy (%s): %d/%d = %.1f%%; place found in a message naming none: %d/%d%n",
          path.getFileName(), score.right(), score.total(), 100 * score.ratio(),
          score.spurious(), score.placeless());
      if (Boolean.getBoolean("hadana.nlu.eval.misses")) {
        score.misses().forEach(m -> System.out.println("  miss " + m));
      }
    }
  }
}
