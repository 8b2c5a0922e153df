package ma.hadana.bot.conversation.understanding;

import java.util.List;
import ma.hadana.bot.conversation.understanding.model.Training;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of message understanding ({@code hadana.nlu.*}).
 *
 * @param trainingSets classpath JSON Lines files the models train on at start-up
 * @param languageModel maxent settings of the language model
 * @param intentModel maxent settings of the intent model
 */
@ConfigurationProperties("hadana.nlu")
record UnderstandingProperties(List<String> trainingSets, Training languageModel, Training intentModel) {

  static final List<String> DEFAULT_TRAINING_SETS =
      List.of("nlu/train/latin.jsonl", "nlu/train/arabic.jsonl", "nlu/train/extra.jsonl");
  static final Training DEFAULT_LANGUAGE_MODEL = new Training("MAXENT_QN", 100, 1, 0.1, 0.1);
  static final Training DEFAULT_INTENT_MODEL = new Training("MAXENT_QN", 100, 1, 0.0, 0.5);

  UnderstandingProperties {
    trainingSets = trainingSets == null || trainingSets.isEmpty() ? DEFAULT_TRAINING_SETS : List.copyOf(trainingSets);
    languageModel = languageModel == null ? DEFAULT_LANGUAGE_MODEL : languageModel;
    intentModel = intentModel == null ? DEFAULT_INTENT_MODEL : intentModel;
  }
}
