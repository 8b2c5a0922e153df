package ma.hadana.bot.conversation.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import ma.hadana.bot.conversation.understanding.entity.AgeExtractor;
import ma.hadana.bot.conversation.understanding.entity.FilterExtractor;
import ma.hadana.bot.conversation.understanding.intent.IntentClassifier;
import ma.hadana.bot.conversation.understanding.language.LanguageDetector;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.LabelledMessages;
import ma.hadana.bot.conversation.understanding.model.Training;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Where the language and intent models come from. The build trains them ({@link #main}, bound
 * to Maven's process-classes phase) and puts them in the jar under {@code nlu/model/}, because
 * regularised maxent training takes several seconds on a busy two-core machine while reading the
 * weights takes a fraction of one. Without those files (a run from an IDE that skipped the Maven
 * step) the models are trained on the spot from the same training sets.
 */
public final class UnderstandingModels {

  static final String LANGUAGE_MODEL = "nlu/model/language.bin";
  static final String INTENT_MODEL = "nlu/model/intent.bin";

  private UnderstandingModels() {}

  /** Trains both models with the default settings and writes them under {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/classes");
    UnderstandingProperties defaults = new UnderstandingProperties(null, null, null);
    long started = System.nanoTime();
    List<LabelledMessage> training = trainingMessages(defaults.trainingSets());
    TextNormalizer normalizer = TextNormalizer.standard();
    LanguageDetector languages = LanguageDetector.train(training, normalizer, defaults.languageModel());
    IntentClassifier intents = IntentClassifier.train(training, normalizer, defaults.intentModel());
    Files.createDirectories(out.resolve(LANGUAGE_MODEL).getParent());
    try (OutputStream o = Files.newOutputStream(out.resolve(LANGUAGE_MODEL))) {
      languages.write(o);
    }
    try (OutputStream o = Files.newOutputStream(out.resolve(INTENT_MODEL))) {
      intents.write(o);
    }
    System.out.printf("Trained NLU models on %d messages in %d ms into %s%n", training.size(),
        (System.nanoTime() - started) / 1_000_000, out.resolve("nlu/model"));
  }

  /** The pipeline with the shipped models and default settings (benchmarks, tools). */
  public static MessageUnderstanding load() {
    return loadOrTrain(new UnderstandingProperties(null, null, null));
  }

  /** The pipeline with the shipped models, or with models trained now when none are shipped. */
  static MessageUnderstanding loadOrTrain(UnderstandingProperties properties) {
    TextNormalizer normalizer = TextNormalizer.standard();
    ClassLoader loader = UnderstandingModels.class.getClassLoader();
    try (InputStream language = loader.getResourceAsStream(LANGUAGE_MODEL);
        InputStream intent = loader.getResourceAsStream(INTENT_MODEL)) {
      if (language != null && intent != null) {
        return assemble(normalizer, LanguageDetector.read(language, normalizer),
            IntentClassifier.read(intent, normalizer));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped NLU models", e);
    }
    return train(trainingMessages(properties.trainingSets()), properties.languageModel(),
        properties.intentModel());
  }

  /** Trains both models on {@code training}, side by side, and builds the pipeline. */
  static MessageUnderstanding train(List<LabelledMessage> training, Training languageTraining, Training intentTraining) {
    TextNormalizer normalizer = TextNormalizer.standard();
    CompletableFuture<LanguageDetector> languages =
        CompletableFuture.supplyAsync(() -> LanguageDetector.train(training, normalizer, languageTraining));
    IntentClassifier intents = IntentClassifier.train(training, normalizer, intentTraining);
    return assemble(normalizer, languages.join(), intents);
  }

  private static MessageUnderstanding assemble(TextNormalizer normalizer, LanguageDetector languages,
      IntentClassifier intents) {
    return new MessageUnderstanding(normalizer, languages, intents, new AgeExtractor(normalizer),
        new FilterExtractor(normalizer));
  }

  static List<LabelledMessage> trainingMessages(List<String> resources) {
    List<LabelledMessage> all = new ArrayList<>();
    for (String resource : resources) {
      List<LabelledMessage> messages = LabelledMessages.fromClasspath(resource);
      if (messages.isEmpty()) {
        throw new IllegalStateException("Training set " + resource + " is missing or empty");
      }
      all.addAll(messages);
    }
    return all;
  }
}
