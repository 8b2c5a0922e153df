package ma.hadana.bot.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import org.junit.jupiter.api.Test;

class MessageUnderstandingConcurrencyTest {

  @Test
  void answersTheSameFromManyThreadsAsFromOne() throws Exception {
    MessageUnderstanding nlu = TrainedUnderstanding.get();
    List<String> texts = TrainedUnderstanding.trainingMessages().stream().map(LabelledMessage::text).limit(400).toList();
    List<String> alone = texts.stream().map(t -> summary(nlu.understand(t))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> together = texts.stream().map(t -> pool.submit(() -> summary(nlu.understand(t)))).toList();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(together.get(i).get()).as(texts.get(i)).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(Understanding u) {
    return u.language() + " " + u.intent() + " " + u.ageMonths() + " " + u.filters();
  }
}
