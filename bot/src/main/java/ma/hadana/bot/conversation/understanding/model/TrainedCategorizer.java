package ma.hadana.bot.conversation.understanding.model;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP document categoriser (maxent) over {@link TextFeatures} of normalised messages:
 * trained in memory, written to and read from a stream (only the weights are stored; the
 * feature generator is code and is handed over again on reading). Thread-safe once built.
 */
public final class TrainedCategorizer {

  /** A labelled example: the normalised message, its category and extra features. */
  public record Example(NormalizedText text, String category, Map<String, Object> extra) {}

  private final MaxentModel maxent;
  private final DocumentCategorizerME categorizer;
  private final String[] categories;
  private final TextFeatures features;
  /** The same model laid out for scoring without feature strings; null when not available. */
  private final CompiledMaxent compiled;

  private TrainedCategorizer(MaxentModel maxent, TextFeatures features) {
    this.maxent = maxent;
    this.features = features;
    this.compiled = CompiledMaxent.of(maxent).orElse(null);
    DoccatModel model = new DoccatModel("mul", maxent, Map.of(),
        new DoccatFactory(new FeatureGenerator[] {features}));
    // A model would otherwise re-create its feature generator by class name (losing its
    // settings, and only from OpenNLP's allowed packages): hand it the configured instance.
    model.getFactory().setFeatureGenerators(new FeatureGenerator[] {features});
    this.categorizer = new DocumentCategorizerME(model);
    this.categories = new String[categorizer.getNumberOfCategories()];
    for (int i = 0; i < categories.length; i++) {
      categories[i] = categorizer.getCategory(i);
    }
  }

  /** Trains a categoriser on {@code examples} with the given features and maxent settings. */
  public static TrainedCategorizer train(List<Example> examples, TextFeatures features, Training training) {
    List<DocumentSample> samples = new ArrayList<>(examples.size());
    for (Example e : examples) {
      if (e.text().size() > 0) {
        samples.add(new DocumentSample(e.category(), tokens(e.text()), extra(e.text(), e.extra())));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, training.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, training.cutoff());
    params.put("L1Cost", training.l1());
    params.put("L2Cost", training.l2());
    params.put("DataIndexer", "OnePass"); // in memory: no temporary file
    try {
      DoccatModel model = DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples),
          params, new DoccatFactory(new FeatureGenerator[] {features}));
      return new TrainedCategorizer(model.getMaxentModel(), features);
    } catch (IOException e) {
      throw new UncheckedIOException("Training failed", e);
    }
  }

  /** Reads weights written by {@link #write}; {@code features} must be those it was trained with. */
  public static TrainedCategorizer read(InputStream in, TextFeatures features) throws IOException {
    MaxentModel maxent = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    return new TrainedCategorizer(maxent, features);
  }

  /** Writes the model's weights (OpenNLP's binary model format). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    new GenericModelWriter((AbstractModel) maxent, data).persist();
    data.flush();
  }

  /** Probabilities of each category for {@code text}. */
  public Scores score(NormalizedText text, Map<String, Object> extra) {
    if (compiled == null) {
      return scoreWithOpenNlp(text, extra);
    }
    return new Scores(categories, compiled.score(features, text, extra(text, extra)));
  }

  /** The same probabilities through OpenNLP's own categoriser and feature strings. */
  Scores scoreWithOpenNlp(NormalizedText text, Map<String, Object> extra) {
    double[] p = categorizer.categorize(tokens(text), extra(text, extra));
    return new Scores(categories, p);
  }

  /** True when scoring uses the compiled layout. */
  boolean compiled() {
    return compiled != null;
  }

  private static String[] tokens(NormalizedText text) {
    return text.tokens().isEmpty() ? new String[] {""} : text.tokens().toArray(new String[0]);
  }

  private static Map<String, Object> extra(NormalizedText text, Map<String, Object> extra) {
    Map<String, Object> all = new HashMap<>(extra);
    all.put(TextFeatures.TEXT, text);
    return all;
  }
}
