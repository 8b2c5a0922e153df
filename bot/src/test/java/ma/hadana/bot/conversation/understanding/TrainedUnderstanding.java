package ma.hadana.bot.conversation.understanding;

import java.util.List;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;

/** The understanding pipeline as the application builds it, once per test JVM. */
public final class TrainedUnderstanding {

  private static MessageUnderstanding shared;

  private TrainedUnderstanding() {}

  /** The shipped training messages (both files). */
  public static List<LabelledMessage> trainingMessages() {
    return UnderstandingModels.trainingMessages(UnderstandingProperties.DEFAULT_TRAINING_SETS);
  }

  /** The pipeline with the models the build trained (trained now when they are missing). */
  public static synchronized MessageUnderstanding get() {
    if (shared == null) {
      shared = UnderstandingModels.loadOrTrain(new UnderstandingProperties(null, null, null));
    }
    return shared;
  }
}
